/**
 * Merging two copies of progress (two tabs, or memory and storage). Marks merge per topic by
 * their last change (marks.ts), so marks set in two tabs both survive and an untick
 * propagates; notes per topic by the later write (notes.ts); review events by union, less
 * those removed later (reviews-state.ts, review-changes.ts); the settings by `settingsAt`.
 */
import type { MarkKind } from "./export-format";
import { clockOf, type MarkRecords, markOf } from "./marks";
import { mergeNotes, sameNotes } from "./notes";
import type { PersistedProgress } from "./progress-state";
import { sortedRecord, type TimeMap, timeOf } from "./records";
import { mergeReviewChanges, sameReviewChanges, withoutRemoved } from "./review-changes";
import { mergeReviews, sameReviews } from "./reviews-state";

export { clockOf } from "./marks";

interface Entry {
  readonly clock: number;
  readonly kind: MarkKind | undefined;
  /** The mark time; undefined for a tombstone. */
  readonly at: number | undefined;
  readonly changedAt: number | undefined;
}

function entryOf(progress: MarkRecords, id: string): Entry | undefined {
  const clock = clockOf(progress, id);
  if (clock === undefined) return undefined;
  const mark = markOf(progress, id);
  return { clock, kind: mark?.kind, at: mark?.at, changedAt: timeOf(progress.changedAt, id) };
}

/** Tie order of kinds: a mark beats a tombstone, done beats known beats in progress. */
const RANK: Record<MarkKind, number> = { done: 3, known: 2, "in-progress": 1 };

/** True when `a` should win over `b`: later clock; on a tie the higher kind, then the earlier time. */
function beats(a: Entry, b: Entry): boolean {
  if (a.clock !== b.clock) return a.clock > b.clock;
  const rankA = a.kind === undefined ? 0 : RANK[a.kind];
  const rankB = b.kind === undefined ? 0 : RANK[b.kind];
  if (rankA !== rankB) return rankA > rankB;
  if (a.at === undefined || b.at === undefined) return false;
  if (a.at !== b.at) return a.at < b.at;
  return (a.changedAt ?? 0) < (b.changedAt ?? 0);
}

/**
 * Merges two copies of progress. Marks merge per id by their last change (ties favour a mark,
 * so a tick is never lost to a simultaneous untick); notes per id by the later write; review
 * events by union; `goal` and `hoursPerWeek` come from the side with the later `settingsAt`
 * (`over` on a tie). Order of arguments does not matter for topics. Output records have sorted
 * keys so equal states serialise identically.
 */
export function mergeProgress(base: PersistedProgress, over: PersistedProgress): PersistedProgress {
  const ids = new Set<string>();
  for (const side of [base, over]) {
    for (const record of [side.done, side.inProgress, side.unticked]) {
      for (const id of Object.keys(record)) ids.add(id);
    }
  }
  const done: [string, number][] = [];
  const known: [string, number][] = [];
  const inProgress: [string, number][] = [];
  const unticked: [string, number][] = [];
  const changedAt: [string, number][] = [];
  for (const id of ids) {
    const a = entryOf(base, id);
    const b = entryOf(over, id);
    const winner = a === undefined ? b : b === undefined ? a : beats(b, a) ? b : a;
    if (winner === undefined) continue;
    if (winner.kind === undefined || winner.at === undefined) {
      unticked.push([id, winner.clock]);
      continue;
    }
    (winner.kind === "in-progress" ? inProgress : done).push([id, winner.at]);
    if (winner.kind === "known") known.push([id, winner.at]);
    if (winner.changedAt !== undefined) changedAt.push([id, winner.changedAt]);
  }
  const settings = base.settingsAt > over.settingsAt ? base : over;
  const reviewChanges = mergeReviewChanges(base.reviewChanges, over.reviewChanges);
  return {
    done: sortedRecord(done),
    known: sortedRecord(known),
    inProgress: sortedRecord(inProgress),
    unticked: sortedRecord(unticked),
    changedAt: sortedRecord(changedAt),
    notes: mergeNotes(base.notes, over.notes),
    reviews: withoutRemoved(mergeReviews(base.reviews, over.reviews), reviewChanges),
    reviewChanges,
    goal: settings.goal,
    hoursPerWeek: settings.hoursPerWeek,
    settingsAt: settings.settingsAt,
  };
}

/** True when two copies hold exactly the same persisted data. */
export function sameProgress(a: PersistedProgress, b: PersistedProgress): boolean {
  return (
    sameRecord(a.done, b.done) &&
    sameRecord(a.known, b.known) &&
    sameRecord(a.inProgress, b.inProgress) &&
    sameRecord(a.unticked, b.unticked) &&
    sameRecord(a.changedAt, b.changedAt) &&
    sameNotes(a.notes, b.notes) &&
    sameReviews(a.reviews, b.reviews) &&
    sameReviewChanges(a.reviewChanges, b.reviewChanges) &&
    a.goal === b.goal &&
    a.hoursPerWeek === b.hoursPerWeek &&
    a.settingsAt === b.settingsAt
  );
}

/** True when two records hold the same ids with the same times. */
function sameRecord(a: TimeMap, b: TimeMap): boolean {
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((id) => Object.hasOwn(b, id) && a[id] === b[id]);
}
