import { type Graph, type GraphIndex, indexOf } from "./graph-index";

export interface Unlocks {
  /** Topics that name `id` in their requirements (directly or in an `anyOf`). */
  readonly direct: string[];
  /** Every topic reachable by following those links onward, `direct` included. */
  readonly total: string[];
}

/**
 * What a topic opens the way to, whatever is done: directly and in total, both in topological
 * order. Aliases are accepted; an unknown id gives empty lists. O(topics + requirements).
 */
export function unlocksOf(graph: Graph, id: string): Unlocks {
  const index = indexOf(graph);
  const t = index.indexOf(id);
  if (t < 0) return { direct: [], total: [] };
  const direct = requiredBy(index, t);
  const reached = new Uint8Array(index.size);
  const found: number[] = [];
  const stack = [t];
  while (stack.length > 0) {
    for (const d of requiredBy(index, stack.pop() ?? 0)) {
      if (reached[d] === 1) continue;
      reached[d] = 1;
      found.push(d);
      stack.push(d);
    }
  }
  return { direct: idsByRank(index, direct), total: idsByRank(index, found) };
}

/** Distinct topics naming `t` in their requirements (a topic with two such groups, once). */
function requiredBy(index: GraphIndex, t: number): number[] {
  const { revStart, revGroups, groupOwner } = index;
  const owners = new Set<number>();
  for (let r = revStart[t] ?? 0, end = revStart[t + 1] ?? 0; r < end; r++) {
    owners.add(groupOwner[revGroups[r] ?? 0] ?? 0);
  }
  return [...owners];
}

function idsByRank(index: GraphIndex, topics: number[]): string[] {
  topics.sort((a, b) => (index.rank[a] ?? 0) - (index.rank[b] ?? 0));
  return topics.map((d) => index.ids[d] ?? "");
}
