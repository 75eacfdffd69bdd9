/**
 * A binary min-heap of topic indices ordered by a fixed integer key per index. Used by the
 * topological sorts, where the key is the topic's reading position (section, then curriculum
 * order), so that among topics ready at the same time the earlier one comes first.
 */
export class IndexHeap {
  private readonly items: Int32Array;
  private count = 0;

  constructor(
    capacity: number,
    private readonly key: Int32Array,
  ) {
    this.items = new Int32Array(Math.max(1, capacity));
  }

  get size(): number {
    return this.count;
  }

  push(value: number): void {
    const { items, key } = this;
    let at = this.count++;
    const k = key[value] ?? 0;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const above = items[parent] ?? 0;
      if ((key[above] ?? 0) <= k) break;
      items[at] = above;
      at = parent;
    }
    items[at] = value;
  }

  /** Removes and returns the index with the smallest key; -1 when empty. */
  pop(): number {
    if (this.count === 0) return -1;
    const { items, key } = this;
    const top = items[0] ?? -1;
    const last = items[--this.count] ?? 0;
    const lastKey = key[last] ?? 0;
    let at = 0;
    const half = this.count >> 1;
    while (at < half) {
      let child = 2 * at + 1;
      const right = child + 1;
      if (right < this.count && (key[items[right] ?? 0] ?? 0) < (key[items[child] ?? 0] ?? 0)) {
        child = right;
      }
      const below = items[child] ?? 0;
      if ((key[below] ?? 0) >= lastKey) break;
      items[at] = below;
      at = child;
    }
    items[at] = last;
    return top;
  }
}
