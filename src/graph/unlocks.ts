import { type Graph, type GraphIndex, indexOf } from "./graph-index";
import { at, intAt } from "./invariant";

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
    const u = at(stack, stack.length - 1);
    stack.pop();
    for (const d of requiredBy(index, u)) {
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
  for (let r = intAt(revStart, t), end = intAt(revStart, t + 1); r < end; r++) {
    owners.add(intAt(groupOwner, intAt(revGroups, r)));
  }
  return [...owners];
}

function idsByRank(index: GraphIndex, topics: number[]): string[] {
  topics.sort((a, b) => intAt(index.rank, a) - intAt(index.rank, b));
  return topics.map((d) => index.idAt(d));
}
