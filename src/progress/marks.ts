/**
 * Marks: per topic, *not started*, *in progress*, *done* (studied here) or *known* (known from
 * elsewhere; counts as done for unlocking). How the persisted records hold them
 * (progress-state.ts has the full shape):
 *
 * - `done[id]`: the mark time of a topic that is done *or* known, so everything that only
 *   asks "done or not" (the engine's done set, share codes, the outline checkbox) reads one
 *   record, as before marks existed;
 * - `known[id]`: the same time again for a done entry that is *known*;
 * - `inProgress[id]`: the mark time of a topic in progress (never also in `done`);
 * - `unticked[id]`: a tombstone: when the topic was set back to not started;
 * - `changedAt[id]`: the merge clock of a mark entry, only where later than its mark time
 *   (an undo or an import brings back an older mark time).
 *
 * The merge clock of a topic is its mark time or `changedAt`, whichever is later, or its
 * tombstone time; per topic, the later clock wins a merge.
 */
import type { MarkKind, TopicMark } from "./export-format";
import type { PersistedProgress } from "./progress-state";
import { type TimeMap, timeOf } from "./records";

/** A mark as the Status control sets it: "none" is not started. */
export type Mark = "none" | MarkKind;
export const MARKS: readonly Mark[] = ["none", "in-progress", "done", "known"];

/** The records that hold marks. */
export type MarkRecords = Pick<
  PersistedProgress,
  "done" | "known" | "inProgress" | "unticked" | "changedAt"
>;

/** The mark of `id` with its time, or undefined when not started. */
export function markOf(progress: MarkRecords, id: string): TopicMark | undefined {
  const doneAt = timeOf(progress.done, id);
  if (doneAt !== undefined) {
    return { kind: timeOf(progress.known, id) === undefined ? "done" : "known", at: doneAt };
  }
  const startedAt = timeOf(progress.inProgress, id);
  return startedAt === undefined ? undefined : { kind: "in-progress", at: startedAt };
}

/** The mark kind of `id` ("none" when not started). */
export function markKindOf(progress: MarkRecords, id: string): Mark {
  return markOf(progress, id)?.kind ?? "none";
}

/** The merge clock of `id`: when its mark last changed, if ever. */
export function clockOf(progress: MarkRecords, id: string): number | undefined {
  const mark = markOf(progress, id);
  if (mark !== undefined) return Math.max(mark.at, timeOf(progress.changedAt, id) ?? 0);
  return timeOf(progress.unticked, id);
}

/** Ids that count as done for unlocking: done or known (the keys of `done`). */
export function doneOrKnownIds(progress: Pick<PersistedProgress, "done">): string[] {
  return Object.keys(progress.done);
}

/** Ids marked done and not known: the topics the review schedule covers, with their done time. */
export function studiedDone(progress: Pick<PersistedProgress, "done" | "known">): TimeMap {
  const out: Record<string, number> = {};
  for (const [id, at] of Object.entries(progress.done)) {
    if (timeOf(progress.known, id) === undefined) out[id] = at;
  }
  return out;
}

/** Every mark by topic id (what the export file lists). */
export function marksOf(progress: MarkRecords): Record<string, TopicMark> {
  const out: Record<string, TopicMark> = {};
  for (const id of [...Object.keys(progress.done), ...Object.keys(progress.inProgress)]) {
    const mark = markOf(progress, id);
    if (mark) out[id] = mark;
  }
  return out;
}

/** What the engine's review schedule needs of one topic (graph/review.ts `ReviewInput`). */
export interface ReviewInputOf {
  readonly doneAt: number;
  readonly events: readonly { readonly at: number; readonly result: "remembered" | "forgot" }[];
}

/**
 * The engine's input for the review schedule: every topic marked done (not known) with its
 * done time and its own reviews. Reviews kept under an id with no done entry come too, with no
 * done time (NaN): after a rename the tick may be kept under the former id and the reviews
 * under the new one, and the engine counts a topic's ids together. Stored implicit reviews are
 * left out by default, since the engine derives them from the graph; `includeImplicit` adds
 * them.
 */
export function reviewInputs(
  progress: Pick<PersistedProgress, "done" | "known" | "reviews">,
  includeImplicit = false,
): Map<string, ReviewInputOf> {
  const out = new Map<string, ReviewInputOf>();
  const studied = studiedDone(progress);
  const ids = new Set([...Object.keys(studied), ...Object.keys(progress.reviews)]);
  for (const id of ids) {
    const all = Object.hasOwn(progress.reviews, id) ? (progress.reviews[id] ?? []) : [];
    const events = includeImplicit ? all : all.filter((event) => event.implicit !== true);
    out.set(id, { doneAt: timeOf(studied, id) ?? Number.NaN, events });
  }
  return out;
}
