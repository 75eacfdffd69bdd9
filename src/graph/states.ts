import { doneFlags } from "./done-set";
import { type Graph, type GraphIndex, indexOf } from "./graph-index";
import { type StatusMap, TopicStatusMap } from "./status-map";

/**
 * Status of every topic for a done set, by the rule of the interface: done if ticked; else
 * available if every requirement group has a done member; else locked (`recommends` never
 * locks). `done` may hold aliases and unknown ids. O(topics + requirements).
 */
export function computeStates(graph: Graph, done: Iterable<string>): StatusMap {
  const index = indexOf(graph);
  return statesFromFlags(index, doneFlags(index, done));
}

/** `computeStates` for a done set already resolved to one flag per topic (taken over, not copied). */
export function statesFromFlags(index: GraphIndex, done: Uint8Array): TopicStatusMap {
  const { size, groupStart, groupOwner, memberStart, members } = index;
  const groupCount = groupStart[size] ?? 0;
  const groupDone = new Int32Array(groupCount);
  const unmetCount = new Int32Array(size);
  for (let g = 0; g < groupCount; g++) {
    let count = 0;
    for (let k = memberStart[g] ?? 0, end = memberStart[g + 1] ?? 0; k < end; k++) {
      count += done[members[k] ?? 0] ?? 0;
    }
    groupDone[g] = count;
    if (count === 0) {
      const owner = groupOwner[g] ?? 0;
      unmetCount[owner] = (unmetCount[owner] ?? 0) + 1;
    }
  }
  return new TopicStatusMap(index, done, groupDone, unmetCount, new Array(size));
}
