/**
 * Pure edits on persisted progress: tick, untick and put back. Each edit stamps the topic with a
 * merge clock later than its previous one, so the edit wins over older copies in other tabs,
 * and returns what each touched id was before (the inverse, used by undo).
 *
 * An edit touches only the ids it changes: it neither sorts nor re-checks the other entries,
 * so its cost does not grow with ids kept from old curricula or imports.
 */
import { clockOf } from "./merge";
import type { PersistedProgress } from "./progress-state";
import { timeOf } from "./records";

/** Per id, the tick time it had before an edit, or null when it was not done. */
export type Before = Readonly<Record<string, number | null>>;

type TopicRecord = "done" | "unticked" | "changedAt";

/** Edits of one change, made on copies of the records it touches (copied on first write). */
export class ProgressDraft {
  private readonly base: PersistedProgress;
  private readonly now: number;
  private readonly copies: Partial<Record<TopicRecord, Record<string, number>>> = {};
  private readonly before: Record<string, number | null> = {};

  constructor(base: PersistedProgress, now: number) {
    this.base = base;
    this.now = now;
  }

  /** Tick time of `id` in the draft, if done. */
  tickedAt(id: string): number | undefined {
    return timeOf(this.read("done"), id);
  }

  /** Marks `id` done with the given tick time. No-op when it is already done with that time. */
  setDone(id: string, tickedAt: number): void {
    const current = this.tickedAt(id);
    if (current === tickedAt) return;
    this.remember(id, current);
    const clock = this.nextClock(id);
    this.write("done")[id] = tickedAt;
    this.remove("unticked", id);
    if (clock > tickedAt) this.write("changedAt")[id] = clock;
    else this.remove("changedAt", id);
  }

  /** Marks `id` not done, leaving a tombstone. No-op when it is not done. */
  setNotDone(id: string): void {
    const current = this.tickedAt(id);
    if (current === undefined) return;
    this.remember(id, current);
    const clock = this.nextClock(id);
    this.remove("done", id);
    this.remove("changedAt", id);
    this.write("unticked")[id] = clock;
  }

  /** Ids whose done status or tick time changed, with what they were before. */
  changes(): Before {
    return this.before;
  }

  /** The edited progress (settings unchanged; untouched records are the base's own objects). */
  result(): PersistedProgress {
    return { ...this.base, ...this.copies };
  }

  private read(name: TopicRecord): Readonly<Record<string, number>> {
    return this.copies[name] ?? this.base[name];
  }

  private write(name: TopicRecord): Record<string, number> {
    const copy = this.copies[name] ?? { ...this.base[name] };
    this.copies[name] = copy;
    return copy;
  }

  private remove(name: TopicRecord, id: string): void {
    if (timeOf(this.read(name), id) !== undefined) delete this.write(name)[id];
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
