import { ReadyQueue } from "./ready-queue";

/** The requirement structure the sorts walk, in the flat form `GraphIndex` keeps it. */
export interface RequirementArrays {
  readonly size: number;
  /** Groups of topic t are groupStart[t] .. groupStart[t+1]-1. */
  readonly groupStart: Int32Array;
  readonly groupOwner: Int32Array;
  /** Members of group g are members[memberStart[g] .. memberStart[g+1]-1]. */
  readonly memberStart: Int32Array;
  readonly members: Int32Array;
  /** Groups that name topic t are revGroups[revStart[t] .. revStart[t+1]-1]. */
  readonly revStart: Int32Array;
  readonly revGroups: Int32Array;
  /** Reading position of each topic (a permutation of 0..size-1) and its inverse. */
  readonly readingKey: Int32Array;
  readonly topicAtReadingKey: Int32Array;
}

/**
 * Kahn's algorithm over the topics where `include[t]` is 1 (all of them without `include`),
 * taking ready topics by `readingKey` so that among topics ready at the same time the one read
 * earlier comes first. A topic waits for every included topic it names in any requirement
 * group. Topics caught in a cycle (which a valid curriculum never has) are appended at the end
 * in reading order instead of throwing. O(V + E) plus a short bitset scan per topic (see
 * ReadyQueue).
 */
export function topologicalOrder(arrays: RequirementArrays, include?: Uint8Array): Int32Array {
  const { size, groupStart, groupOwner, memberStart, members, revStart, revGroups } = arrays;
  const { readingKey, topicAtReadingKey } = arrays;
  const waiting = new Int32Array(size);
  // The queue holds reading positions, so the earliest-read ready topic comes out first.
  const ready = new ReadyQueue(size);
  let includedCount = 0;
  for (let t = 0; t < size; t++) {
    if (include && include[t] !== 1) continue;
    includedCount++;
    let count = 0;
    const firstMember = memberStart[groupStart[t] ?? 0] ?? 0;
    const endMember = memberStart[groupStart[t + 1] ?? 0] ?? 0;
    for (let k = firstMember; k < endMember; k++) {
      const m = members[k] ?? 0;
      if (!include || include[m] === 1) count++;
    }
    waiting[t] = count;
    if (count === 0) ready.push(readingKey[t] ?? 0);
  }
  const out = new Int32Array(includedCount);
  let written = 0;
  for (let key = ready.pop(); key >= 0; key = ready.pop()) {
    const u = topicAtReadingKey[key] ?? 0;
    out[written++] = u;
    for (let r = revStart[u] ?? 0, end = revStart[u + 1] ?? 0; r < end; r++) {
      const owner = groupOwner[revGroups[r] ?? 0] ?? 0;
      if (include && include[owner] !== 1) continue;
      const left = (waiting[owner] ?? 0) - 1;
      waiting[owner] = left;
      if (left === 0) ready.push(readingKey[owner] ?? 0);
    }
  }
  // Left waiting means caught in a cycle (topics outside `include` never wait): append them
  // in reading order.
  if (written < includedCount) {
    for (const t of topicAtReadingKey) if ((waiting[t] ?? 0) > 0) out[written++] = t;
  }
  return out;
}
