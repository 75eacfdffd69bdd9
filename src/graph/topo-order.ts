import type { GraphIndex } from "./graph-index";
import { byteAt, intAt } from "./invariant";

/**
 * Orders a plan (the topics where `include[t]` is 1) by Kahn's algorithm, taking ready topics
 * by `readingKey` so that among topics ready at the same time the one read earlier comes first.
 * A topic waits for every included topic it names in any requirement group, and for nothing
 * else: taken from the compiler's order of all topics, a plan topic would also wait for topics
 * outside the plan (an `anyOf` member not taken, a done topic). Topics caught in a cycle (never
 * in a valid curriculum) follow in reading order instead of throwing. O(V + E) plus a short
 * bitset scan per topic.
 */
export function topologicalOrder(index: GraphIndex, include: Uint8Array): Int32Array {
  const { size, groupStart, groupOwner, memberStart, members, revStart, revGroups } = index;
  const { readingKey, topicAtReadingKey } = index;
  const waiting = new Int32Array(size);
  // The ready topics' reading positions, in a two-level bitset: one bit per position, one
  // summary bit per 32-position word. Making a topic ready is O(1), and the earliest-read ready
  // topic is a short scan from `low`, the lowest summary word that may hold a bit: cheaper than
  // a heap, which matters because a plan on a large curriculum sorts thousands of topics.
  const words = new Int32Array((size >> 5) + 1);
  const summary = new Int32Array((size >> 10) + 1);
  let low = summary.length;
  let readyCount = 0;
  let includedCount = 0;
  for (let t = 0; t < size; t++) {
    if (include[t] !== 1) continue;
    includedCount++;
    let count = 0;
    const firstMember = intAt(memberStart, intAt(groupStart, t));
    const endMember = intAt(memberStart, intAt(groupStart, t + 1));
    for (let k = firstMember; k < endMember; k++) count += byteAt(include, intAt(members, k));
    waiting[t] = count;
    if (count === 0) {
      low = Math.min(low, addReady(words, summary, intAt(readingKey, t)));
      readyCount++;
    }
  }
  const out = new Int32Array(includedCount);
  let written = 0;
  while (readyCount > 0) {
    // Take the lowest set bit: the earliest-read ready topic. While topics are ready, a bit is
    // set at or past `low`, so the scan stops.
    while (intAt(summary, low) === 0) low++;
    const summaryWord = intAt(summary, low);
    const w = (low << 5) + lowestBit(summaryWord);
    const word = intAt(words, w);
    const bit = lowestBit(word);
    const rest = word & ~(1 << bit);
    words[w] = rest;
    if (rest === 0) summary[low] = summaryWord & ~(1 << (w & 31));
    readyCount--;
    const u = intAt(topicAtReadingKey, (w << 5) + bit);
    out[written++] = u;
    for (let r = intAt(revStart, u), end = intAt(revStart, u + 1); r < end; r++) {
      const owner = intAt(groupOwner, intAt(revGroups, r));
      if (include[owner] !== 1) continue;
      const left = intAt(waiting, owner) - 1;
      waiting[owner] = left;
      if (left === 0) {
        low = Math.min(low, addReady(words, summary, intAt(readingKey, owner)));
        readyCount++;
      }
    }
  }
  // Left waiting means caught in a cycle (topics outside `include` never wait): append them
  // in reading order.
  if (written < includedCount) {
    for (const t of topicAtReadingKey) if (intAt(waiting, t) > 0) out[written++] = t;
  }
  return out;
}

/** Sets the bit of `position` in the two-level bitset; returns the summary word it is under. */
function addReady(words: Int32Array, summary: Int32Array, position: number): number {
  const w = position >> 5;
  words[w] = intAt(words, w) | (1 << (position & 31));
  const s = w >> 5;
  summary[s] = intAt(summary, s) | (1 << (w & 31));
  return s;
}

/** Index of the lowest set bit of a non-zero 32-bit word. */
function lowestBit(word: number): number {
  return 31 - Math.clz32(word & -word);
}
