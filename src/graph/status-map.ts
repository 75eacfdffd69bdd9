import type { GraphIndex } from "./graph-index";

export type TopicState = "done" | "available" | "locked";

export interface TopicStatus {
  readonly state: TopicState;
  /**
   * Requirement groups (as written in the topic's `requires`) with no done member; empty when
   * none. Filled for done topics too, so the UI can say which requirement is still open.
   */
  readonly unmet: readonly (readonly string[])[];
  /** Done, but some requirement is not (e.g. a prerequisite was unticked afterwards). */
  readonly doneWithUnmet: boolean;
}

/** Status of every current topic, keyed by current id (aliases are not keys). */
export type StatusMap = ReadonlyMap<string, TopicStatus>;

const NO_UNMET: readonly (readonly string[])[] = Object.freeze([]);

/**
 * A `StatusMap` backed by flat arrays: one done flag per topic, one done-member count per
 * requirement group, one unsatisfied-group count per topic. Status objects are made on demand
 * and cached, and an incremental update shares the cached objects of topics it did not touch,
 * so a view can skip re-rendering rows whose status object is unchanged.
 * Treat instances as immutable: updates return a new map.
 */
export class TopicStatusMap implements ReadonlyMap<string, TopicStatus> {
  // Declared rather than parameter properties: those also emit field definitions, which only
  // repeat the names in the first-load bundle.
  declare readonly index: GraphIndex;
  declare readonly done: Uint8Array;
  declare readonly groupDone: Int32Array;
  declare readonly unmetCount: Int32Array;
  declare readonly cache: (TopicStatus | undefined)[];

  constructor(
    index: GraphIndex,
    done: Uint8Array,
    groupDone: Int32Array,
    unmetCount: Int32Array,
    cache: (TopicStatus | undefined)[],
  ) {
    Object.assign(this, { index, done, groupDone, unmetCount, cache });
  }

  get size(): number {
    return this.index.size;
  }

  stateAt(t: number): TopicState {
    if (this.done[t] === 1) return "done";
    return this.unmetCount[t] === 0 ? "available" : "locked";
  }

  statusAt(t: number): TopicStatus {
    const cached = this.cache[t];
    if (cached) return cached;
    const unmetCount = this.unmetCount[t] ?? 0;
    let unmet = NO_UNMET;
    if (unmetCount > 0) {
      // The open groups as the topic's `requires` writes them.
      const { groupStart, groupSource, topics } = this.index;
      const requires = topics[t]?.requires ?? [];
      const open: (readonly string[])[] = [];
      for (let g = groupStart[t] ?? 0, end = groupStart[t + 1] ?? 0; g < end; g++) {
        const written = requires[groupSource[g] ?? 0];
        if (this.groupDone[g] === 0 && written) open.push(written);
      }
      unmet = open;
    }
    const status: TopicStatus = {
      state: this.stateAt(t),
      unmet,
      doneWithUnmet: this.done[t] === 1 && unmetCount > 0,
    };
    this.cache[t] = status;
    return status;
  }

  get(id: string): TopicStatus | undefined {
    const t = this.index.indexOf(id);
    // Keys are current ids only: an alias finds its topic, but not as a key.
    return t >= 0 && this.index.ids[t] === id ? this.statusAt(t) : undefined;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  forEach(
    callback: (value: TopicStatus, key: string, map: ReadonlyMap<string, TopicStatus>) => void,
    thisArg?: unknown,
  ): void {
    for (const [id, status] of this) callback.call(thisArg, status, id, this);
  }

  *entries(): MapIterator<[string, TopicStatus]> {
    for (let t = 0; t < this.index.size; t++) yield [this.index.ids[t] ?? "", this.statusAt(t)];
  }

  *keys(): MapIterator<string> {
    yield* this.index.ids;
  }

  *values(): MapIterator<TopicStatus> {
    for (let t = 0; t < this.index.size; t++) yield this.statusAt(t);
  }

  [Symbol.iterator](): MapIterator<[string, TopicStatus]> {
    return this.entries();
  }
}
