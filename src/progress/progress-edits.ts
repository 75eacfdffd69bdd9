/**
 * Pure edits on persisted progress: tick, untick and put back. Each edit stamps the topic with a
 * merge clock later than its previous one, so the edit wins over older copies in other tabs,
 * and returns what each touched id was before (the inverse, used by undo).
 */
import { clockOf } from "./merge";
import type { PersistedProgress } from "./progress-state";
import { sortedRecord, timeOf } from "./records";

/** Per id, the tick time it had before an edit, or null when it was not done. */
export type Before = Readonly<Record<string, number | null>>;

/** A mutable copy of the three per-topic records. */
export class ProgressDraft {
  private readonly done: Record<string, number>;
  private readonly unticked: Record<string, number>;
  private readonly changedAt: Record<string, number>;
  private readonly before: Record<string, number | null> = {};
  private readonly base: PersistedProgress;
  private readonly now: number;

  constructor(base: PersistedProgress, now: number) {
    this.base = base;
    this.now = now;
    this.done = { ...base.done };
    this.unticked = { ...base.unticked };
    this.changedAt = { ...base.changedAt };
  }

  /** Tick time of `id` in the draft, if done. */
  tickedAt(id: string): number | undefined {
    return timeOf(this.done, id);
  }

  /** Marks `id` done with the given tick time. No-op when it is already done with that time. */
  setDone(id: string, tickedAt: number): void {
    const current = this.tickedAt(id);
    if (current === tickedAt) return;
    this.remember(id, current);
    const clock = this.nextClock(id);
    this.done[id] = tickedAt;
    delete this.unticked[id];
    if (clock > tickedAt) this.changedAt[id] = clock;
    else delete this.changedAt[id];
  }

  /** Marks `id` not done, leaving a tombstone. No-op when it is not done. */
  setNotDone(id: string): void {
    const current = this.tickedAt(id);
    if (current === undefined) return;
    this.remember(id, current);
    const clock = this.nextClock(id);
    delete this.done[id];
    delete this.changedAt[id];
    this.unticked[id] = clock;
  }

  /** Ids whose done status or tick time changed, with what they were before. */
  changes(): Before {
    return this.before;
  }

  /** The edited progress (settings unchanged). */
  result(): PersistedProgress {
    return {
      ...this.base,
      done: sortedRecord(Object.entries(this.done)),
      unticked: sortedRecord(Object.entries(this.unticked)),
      changedAt: sortedRecord(Object.entries(this.changedAt)),
    };
  }

  private remember(id: string, tickedAt: number | undefined): void {
    if (!Object.hasOwn(this.before, id)) this.before[id] = tickedAt ?? null;
  }

  /** Later than anything this id has seen, so the edit wins a merge even if the clock is behind. */
  private nextClock(id: string): number {
    const previous = clockOf(this.base, id);
    return previous === undefined ? this.now : Math.max(this.now, previous + 1);
  }
}

/** Applies an inverse (`Before`) to progress: the undo of the edit that produced it. */
export function applyBefore(
  progress: PersistedProgress,
  before: Before,
  now: number,
): ProgressDraft {
  const draft = new ProgressDraft(progress, now);
  for (const [id, tickedAt] of Object.entries(before)) {
    if (tickedAt === null) draft.setNotDone(id);
    else draft.setDone(id, tickedAt);
  }
  return draft;
}
