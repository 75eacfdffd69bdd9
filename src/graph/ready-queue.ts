/**
 * The ready set of a topological sort over reading positions 0..capacity-1: `pop` returns the
 * smallest position present, so the earliest-read ready topic comes out first. A two-level
 * bitset (one bit per position, one summary bit per 32-position word) makes push O(1) and pop
 * a short scan from the lowest non-empty summary word: about eight times faster than a binary
 * heap here, which matters because plans sort thousands of topics.
 */
export class ReadyQueue {
  // Declared, not defined: the constructor assigns every field, and field definitions would
  // only repeat their names in the first-load bundle.
  declare private readonly words: Int32Array;
  declare private readonly summary: Int32Array;
  /** No summary word below this one holds a bit. */
  declare private low: number;
  declare private count: number;

  constructor(capacity: number) {
    this.words = new Int32Array((capacity >> 5) + 1);
    this.summary = new Int32Array((capacity >> 10) + 1);
    this.low = 0;
    this.count = 0;
  }

  /** Adds a position (each at most once). */
  push(position: number): void {
    const w = position >> 5;
    this.words[w] = (this.words[w] ?? 0) | (1 << (position & 31));
    const s = w >> 5;
    this.summary[s] = (this.summary[s] ?? 0) | (1 << (w & 31));
    if (s < this.low) this.low = s;
    this.count++;
  }

  /** Removes and returns the smallest position; -1 when empty. */
  pop(): number {
    if (this.count === 0) return -1;
    const { words, summary } = this;
    let s = this.low;
    while ((summary[s] ?? 0) === 0) s++;
    this.low = s;
    const summaryWord = summary[s] ?? 0;
    const w = (s << 5) + lowestBit(summaryWord);
    const word = words[w] ?? 0;
    const bit = lowestBit(word);
    const rest = word & ~(1 << bit);
    words[w] = rest;
    if (rest === 0) summary[s] = summaryWord & ~(1 << (w & 31));
    this.count--;
    return (w << 5) + bit;
  }
}

/** Index of the lowest set bit of a non-zero 32-bit word. */
function lowestBit(word: number): number {
  return 31 - Math.clz32(word & -word);
}
