/**
 * A binary min-heap of small non-negative integers (the topological sorts push reading
 * positions, so the earliest-read ready topic comes out first). Values are compared directly,
 * without a key lookup, which keeps the hot loop to plain typed-array reads.
 */
export class IntMinHeap {
  private readonly items: Int32Array;
  private count = 0;

  constructor(capacity: number) {
    this.items = new Int32Array(Math.max(1, capacity));
  }

  get size(): number {
    return this.count;
  }

  push(value: number): void {
    const items = this.items;
    let at = this.count++;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const above = items[parent] ?? 0;
      if (above <= value) break;
      items[at] = above;
      at = parent;
    }
    items[at] = value;
  }

  /** Removes and returns the smallest value; -1 when empty. */
  pop(): number {
    if (this.count === 0) return -1;
    const items = this.items;
    const top = items[0] ?? -1;
    const count = --this.count;
    const last = items[count] ?? 0;
    let at = 0;
    const half = count >> 1;
    while (at < half) {
      let child = 2 * at + 1;
      let below = items[child] ?? 0;
      const right = child + 1;
      if (right < count) {
        const other = items[right] ?? 0;
        if (other < below) {
          child = right;
          below = other;
        }
      }
      if (below >= last) break;
      items[at] = below;
      at = child;
    }
    items[at] = last;
    return top;
  }
}
