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
  const direct = Array.from(dependentsOf(index, t), (d) => index.ids[d] ?? "");
  const reached = new Uint8Array(index.size);
  const found: number[] = [];
  const stack = [t];
  while (stack.length > 0) {
    const u = stack.pop() ?? 0;
    for (const d of dependentsOf(index, u)) {
      if (reached[d] === 1) continue;
      reached[d] = 1;
      found.push(d);
      stack.push(d);
    }
  }
  found.sort((a, b) => (index.rank[a] ?? 0) - (index.rank[b] ?? 0));
  return { direct, total: found.map((d) => index.ids[d] ?? "") };
}

/** Distinct topics naming `t` in their requirements, in topological order. */
export function dependentsOf(index: GraphIndex, t: number): Int32Array {
  return index.dependents.subarray(index.dependentStart[t] ?? 0, index.dependentStart[t + 1] ?? 0);
}
