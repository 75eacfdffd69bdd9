import type { GraphIndex } from "./graph-index";
import { at, intAt } from "./invariant";

export type TopicState = "done" | "available" | "locked";

export interface TopicStatus {
  readonly state: TopicState;
  /**
   * Requirement groups (as written in the topic's `requires`) with no done member; empty when
   * none. Filled for done topics too.
   */
  readonly unmet: readonly (readonly string[])[];
  /**
   * Done, while some topic of its requirement closure is not (a prerequisite skipped or
   * unticked, here or further down): the UI says which, with `missingPrerequisites`.
   */
  readonly doneWithUnmet: boolean;
}

/** Status of every current topic, keyed by current id (aliases are not keys). */
export type StatusMap = ReadonlyMap<string, TopicStatus>;

const NO_UNMET: readonly (readonly string[])[] = Object.freeze([]);

/** `gap` values: not computed yet, being computed (a cycle), no gap, gap. */
const UNKNOWN = 0;
const VISITING = 1;
const NO_GAP = 2;
const GAP = 3;

/**
 * A `StatusMap` backed by flat arrays: one done flag per topic, one done-member count per
 * requirement group, one unsatisfied-group count per topic. Status objects are made on demand
 * and cached; an incremental update shares the cached objects of topics it did not touch, so a
 * view can skip re-rendering rows whose status object is unchanged.
 * Treat instances as immutable: updates return a new map.
 */
export class TopicStatusMap implements ReadonlyMap<string, TopicStatus> {
  /** Per topic, whether its requirement closure holds a topic not done (filled on demand). */
  private readonly gap: Uint8Array;

  constructor(
    readonly index: GraphIndex,
    readonly done: Uint8Array,
    readonly groupDone: Int32Array,
    readonly unmetCount: Int32Array,
    readonly cache: (TopicStatus | undefined)[],
  ) {
    this.gap = new Uint8Array(index.size);
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
    const unmetCount = intAt(this.unmetCount, t);
    let unmet = NO_UNMET;
    if (unmetCount > 0) {
      // The open groups as the topic's `requires` writes them.
      const { groupStart, groupSource, topics } = this.index;
      const requires = at(topics, t).requires;
      const open: (readonly string[])[] = [];
      for (let g = intAt(groupStart, t), end = intAt(groupStart, t + 1); g < end; g++) {
        if (this.groupDone[g] === 0) open.push(at(requires, intAt(groupSource, g)));
      }
      unmet = open;
    }
    const status: TopicStatus = {
      state: this.stateAt(t),
      unmet,
      doneWithUnmet: this.done[t] === 1 && (unmetCount > 0 || this.closureHasGap(t)),
    };
    this.cache[t] = status;
    return status;
  }

  /**
   * Whether the requirement closure of `t` holds a topic that is not done. A group with no done
   * member is a gap; a group with one is walked through its first listed done member, as the
   * closure rule picks it. Memoised, so reading every status stays O(topics + requirements).
   */
  private closureHasGap(t: number): boolean {
    const { gap, done, groupDone } = this;
    const { groupStart, memberStart, members } = this.index;
    const stack = [t];
    while (stack.length > 0) {
      const u = at(stack, stack.length - 1);
      if (gap[u] === NO_GAP || gap[u] === GAP) {
        stack.pop();
        continue;
      }
      gap[u] = VISITING;
      const base = stack.length;
      let verdict = NO_GAP;
      for (let g = intAt(groupStart, u), end = intAt(groupStart, u + 1); g < end; g++) {
        if (groupDone[g] === 0) {
          verdict = GAP;
          break;
        }
        let m = -1;
        for (let k = intAt(memberStart, g); m < 0; k++)
          if (done[intAt(members, k)] === 1) m = intAt(members, k);
        if (gap[m] === GAP) {
          verdict = GAP;
          break;
        }
        // A member still being walked can only be one of a cycle: it adds no gap of its own.
        if (gap[m] === UNKNOWN) stack.push(m);
      }
      if (verdict === GAP) stack.length = base;
      if (verdict === GAP || stack.length === base) {
        gap[u] = verdict;
        stack.pop();
      }
    }
    return gap[t] === GAP;
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
    for (let t = 0; t < this.index.size; t++) yield [this.index.idAt(t), this.statusAt(t)];
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
