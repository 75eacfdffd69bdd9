/**
 * Pure edits on persisted progress: marks, notes and review events. Each mark edit stamps the
 * topic with a merge clock later than its previous one, so the edit wins over older copies in
 * other tabs; every edit records what it replaced (the inverse, used by undo).
 *
 * An edit touches only the ids it changes: it neither sorts nor re-checks the other entries,
 * so its cost does not grow with ids kept from old curricula or imports.
 */
import type { ReviewEvent, TopicMark, TopicNote } from "./export-format";
import { clockOf, markOf } from "./marks";
import type { NoteMap } from "./notes";
import type { PersistedProgress } from "./progress-state";
import { timeOf } from "./records";
import { changeOf, eventKey, type ReviewChange, type ReviewChanges } from "./review-changes";
import { newEvents, type ReviewMap, reviewsOf, unionEvents, withoutEvents } from "./reviews-state";

/** What one change replaced, per topic id: enough to undo it. */
export interface Before {
  /** The mark each touched id had (null: not started). */
  readonly marks: Readonly<Record<string, TopicMark | null>>;
  /** Each touched note: what it was (undefined: none) and what the change made it. */
  readonly notes: Readonly<Record<string, { readonly was?: TopicNote; readonly set: TopicNote }>>;
  /** Review events the change added, per id. */
  readonly reviewsAdded: Readonly<Record<string, readonly ReviewEvent[]>>;
  /** Review events the change removed, per id. */
  readonly reviewsRemoved: Readonly<Record<string, readonly ReviewEvent[]>>;
}

type MarkRecord = "done" | "known" | "inProgress" | "unticked" | "changedAt";

interface Inverse {
  marks: Record<string, TopicMark | null>;
  notes: Record<string, { was?: TopicNote; set: TopicNote }>;
  reviewsAdded: Record<string, readonly ReviewEvent[]>;
  reviewsRemoved: Record<string, readonly ReviewEvent[]>;
}

/** True when a change recorded nothing. */
export function isEmptyChange(before: Before): boolean {
  return (
    Object.keys(before.marks).length === 0 &&
    Object.keys(before.notes).length === 0 &&
    Object.keys(before.reviewsAdded).length === 0 &&
    Object.keys(before.reviewsRemoved).length === 0
  );
}

const sameMark = (a: TopicMark | undefined, b: TopicMark | undefined) =>
  a?.kind === b?.kind && a?.at === b?.at;

/** Edits of one change, made on copies of the records it touches (copied on first write). */
export class ProgressDraft {
  private readonly base: PersistedProgress;
  private readonly now: number;
  private readonly copies: Partial<Record<MarkRecord, Record<string, number>>> = {};
  private notes: Record<string, TopicNote> | undefined;
  private reviews: Record<string, readonly ReviewEvent[]> | undefined;
  private reviewChanges: Record<string, Readonly<Record<string, ReviewChange>>> | undefined;
  private readonly before: Inverse = {
    marks: {},
    notes: {},
    reviewsAdded: {},
    reviewsRemoved: {},
  };

  constructor(base: PersistedProgress, now: number) {
    this.base = base;
    this.now = now;
  }

  /** The mark of `id` in the draft, if any. */
  markOf(id: string): TopicMark | undefined {
    return markOf(this.marks(), id);
  }

  /** Tick time of `id` in the draft, if done or known. */
  tickedAt(id: string): number | undefined {
    return timeOf(this.read("done"), id);
  }

  /** Marks `id` done with the given tick time. */
  setDone(id: string, tickedAt: number): void {
    this.setMark(id, { kind: "done", at: tickedAt });
  }

  /** Sets `id` back to not started when it is done or known. */
  setNotDone(id: string): void {
    if (this.tickedAt(id) !== undefined) this.setMark(id, null);
  }

  /** Sets the mark of `id` (null: not started, leaving a tombstone). No-op when unchanged. */
  setMark(id: string, mark: TopicMark | null): void {
    const current = this.markOf(id);
    if (sameMark(current, mark ?? undefined)) return;
    if (!Object.hasOwn(this.before.marks, id)) this.before.marks[id] = current ?? null;
    const clock = this.nextClock(id);
    for (const name of ["done", "known", "inProgress", "unticked", "changedAt"] as const) {
      this.remove(name, id);
    }
    if (mark === null) {
      this.write("unticked")[id] = clock;
      return;
    }
    this.write(mark.kind === "in-progress" ? "inProgress" : "done")[id] = mark.at;
    if (mark.kind === "known") this.write("known")[id] = mark.at;
    if (clock > mark.at) this.write("changedAt")[id] = clock;
  }

  /** The note of `id` in the draft, if any (a deleted note has empty text). */
  noteOf(id: string): TopicNote | undefined {
    const notes = this.notes ?? this.base.notes;
    return Object.hasOwn(notes, id) ? notes[id] : undefined;
  }

  /** Sets the note of `id` to `text`, stamped later than its previous write. */
  setNote(id: string, text: string): void {
    const was = this.noteOf(id);
    if ((was?.text ?? "") === text) return;
    const set = { text, at: was === undefined ? this.now : Math.max(this.now, was.at + 1) };
    const first = this.before.notes[id];
    this.before.notes[id] = { ...(first ? { was: first.was } : was && { was }), set };
    this.notes ??= { ...this.base.notes };
    this.notes[id] = set;
  }

  /** The review events of `id` in the draft. */
  reviewsOf(id: string): readonly ReviewEvent[] {
    return reviewsOf(this.reviews ?? this.base.reviews, id);
  }

  /** Adds the events `id` lacks. */
  addReviews(id: string, events: readonly ReviewEvent[]): void {
    const current = this.reviewsOf(id);
    const fresh = newEvents(current, events);
    if (fresh.length === 0) return;
    this.before.reviewsAdded[id] = unionEvents(this.before.reviewsAdded[id] ?? [], fresh);
    this.setReviews(id, unionEvents(current, fresh));
    // An event removed before comes back with a later clock than its removal.
    for (const event of fresh) {
      const change = changeOf(this.reviewChangesNow(), id, event);
      if (change !== undefined) this.recordChange(id, event, change, true);
    }
  }

  /** Removes the given events of `id`. */
  removeReviews(id: string, events: readonly ReviewEvent[]): void {
    const current = this.reviewsOf(id);
    const kept = withoutEvents(current, events);
    if (kept.length === current.length) return;
    const gone = withoutEvents(current, kept);
    this.before.reviewsRemoved[id] = unionEvents(this.before.reviewsRemoved[id] ?? [], gone);
    this.setReviews(id, kept);
    for (const event of gone) {
      this.recordChange(id, event, changeOf(this.reviewChangesNow(), id, event), false);
    }
  }

  /** What the draft replaced (the inverse of its edits). */
  changes(): Before {
    return this.before;
  }

  /** The edited progress (settings unchanged; untouched records are the base's own objects). */
  result(): PersistedProgress {
    return {
      ...this.base,
      ...this.copies,
      ...(this.notes && { notes: this.notes as NoteMap }),
      ...(this.reviews && { reviews: this.reviews as ReviewMap }),
      ...(this.reviewChanges && { reviewChanges: this.reviewChanges as ReviewChanges }),
    };
  }

  private reviewChangesNow(): ReviewChanges {
    return this.reviewChanges ?? this.base.reviewChanges;
  }

  /** Records that `event` was added back (`present`) or removed, later than its last change. */
  private recordChange(
    id: string,
    event: ReviewEvent,
    previous: ReviewChange | undefined,
    present: boolean,
  ): void {
    const at = previous === undefined ? this.now : Math.max(this.now, previous.at + 1);
    this.reviewChanges ??= { ...this.base.reviewChanges };
    const forTopic = Object.hasOwn(this.reviewChanges, id) ? this.reviewChanges[id] : undefined;
    this.reviewChanges[id] = { ...forTopic, [eventKey(event)]: { at, present } };
  }

  private setReviews(id: string, events: readonly ReviewEvent[]): void {
    this.reviews ??= { ...this.base.reviews };
    if (events.length === 0) delete this.reviews[id];
    else this.reviews[id] = events;
  }

  private marks() {
    return {
      done: this.read("done"),
      known: this.read("known"),
      inProgress: this.read("inProgress"),
      unticked: this.read("unticked"),
      changedAt: this.read("changedAt"),
    };
  }

  private read(name: MarkRecord): Readonly<Record<string, number>> {
    return this.copies[name] ?? this.base[name];
  }

  private write(name: MarkRecord): Record<string, number> {
    const copy = this.copies[name] ?? { ...this.base[name] };
    this.copies[name] = copy;
    return copy;
  }

  private remove(name: MarkRecord, id: string): void {
    if (timeOf(this.read(name), id) !== undefined) delete this.write(name)[id];
  }

  /** Later than anything this id has seen, so the edit wins a merge even if the clock is behind. */
  private nextClock(id: string): number {
    const previous = clockOf(this.marks(), id);
    return previous === undefined ? this.now : Math.max(this.now, previous + 1);
  }
}

/**
 * Applies an inverse (`Before`) to progress: the undo of the edit that produced it. A note is
 * put back only if it is still what the edit made it (typing since then is kept).
 */
export function applyBefore(
  progress: PersistedProgress,
  before: Before,
  now: number,
): ProgressDraft {
  const draft = new ProgressDraft(progress, now);
  for (const [id, mark] of Object.entries(before.marks)) draft.setMark(id, mark);
  for (const [id, { was, set }] of Object.entries(before.notes)) {
    const current = draft.noteOf(id);
    if (current?.text === set.text && current.at === set.at) draft.setNote(id, was?.text ?? "");
  }
  for (const [id, events] of Object.entries(before.reviewsAdded)) draft.removeReviews(id, events);
  for (const [id, events] of Object.entries(before.reviewsRemoved)) draft.addReviews(id, events);
  return draft;
}
