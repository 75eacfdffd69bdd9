import { type Graph, type GraphIndex, indexOf } from "./graph-index";

/**
 * The current ids of the topics in `ids`: aliases map to the renamed topic, unknown ids and
 * non-strings are dropped. Never throws.
 */
export function resolveDone(graph: Graph, ids: Iterable<string>): ReadonlySet<string> {
  const index = indexOf(graph);
  const flags = doneFlags(index, ids);
  return new Set(index.ids.filter((_, t) => flags[t] === 1));
}

/** One byte per topic: 1 when the topic, or one of its aliases, is in `ids`. O(|ids|). */
export function doneFlags(index: GraphIndex, ids: Iterable<string> | null | undefined): Uint8Array {
  const flags = new Uint8Array(index.size);
  if (ids == null || typeof (ids as Partial<Iterable<string>>)[Symbol.iterator] !== "function") {
    return flags;
  }
  for (const id of ids) {
    if (typeof id !== "string") continue;
    const t = index.indexOf(id);
    if (t >= 0) flags[t] = 1;
  }
  return flags;
}
