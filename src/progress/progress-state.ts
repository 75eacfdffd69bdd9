/**
 * The persisted shape of a learner's progress, and the `restore` step that turns anything
 * loaded (storage of any version, another tab's write) into that shape. Loaded data is
 * untrusted: restore fills defaults, drops malformed entries and counts them, and keeps ids it
 * does not know (topics removed from the curriculum stay, in case they come back).
 */
import { type NoteMap, restoreNotes } from "./notes";
import { isPlausibleId, isPlausibleTime, sortedRecord, type TimeMap, timeOf } from "./records";
import { type ReviewChanges, restoreReviewChanges, withoutRemoved } from "./review-changes";
import { type ReviewMap, restoreReviews } from "./reviews-state";

/** Version of the persisted shape written today. */
export const PROGRESS_VERSION = 3;

/** Study hours per week assumed until the learner says otherwise. */
export const DEFAULT_HOURS_PER_WEEK = 5;

/** Slowest pace the planner accepts: slower paces push finish dates past what dates can hold. */
export const MIN_HOURS_PER_WEEK = 0.5;

/** Fastest pace: a week has 168 hours. */
export const MAX_HOURS_PER_WEEK = 168;

/**
 * Tick time given to topics whose real tick time is unknown (data from version 1, which kept
 * no times). Charts of progress over time should leave these out.
 */
export const UNKNOWN_TICK_TIME = 0;

/**
 * Version 3 (current). Per topic id:
 * - `done[id]`: when it was marked done or known (a tick; shown in the progress chart);
 * - `known[id]`: the same time, for a done entry that is marked *known*;
 * - `inProgress[id]`: when it was marked in progress (never also done);
 * - `unticked[id]`: when it was last set back to not started (a tombstone, so an untick in one
 *   tab is not undone by another tab that still has the tick);
 * - `changedAt[id]`: when a mark entry last changed, only where that is later than its mark
 *   time (an undone untick or an import brings back an older mark time);
 * - `notes[id]`: the note and when it last changed (empty text: a deleted note), see notes.ts;
 * - `reviews[id]`: the review events, sorted, see reviews-state.ts;
 * - `reviewChanges[id]`: for review events removed (an undone review), when, so the removal
 *   holds across tabs; see review-changes.ts.
 * marks.ts says how marks merge. `settingsAt` is the merge clock of `goal` and `hoursPerWeek`.
 *
 * Version 2 had `done`, `unticked`, `changedAt` and the settings; version 1 a list of done ids.
 * Both restore as they are, with no marks besides done, no notes and no reviews.
 */
export interface PersistedProgress {
  readonly done: TimeMap;
  readonly known: TimeMap;
  readonly inProgress: TimeMap;
  readonly unticked: TimeMap;
  readonly changedAt: TimeMap;
  readonly notes: NoteMap;
  readonly reviews: ReviewMap;
  readonly reviewChanges: ReviewChanges;
  readonly goal: string | null;
  readonly hoursPerWeek: number;
  readonly settingsAt: number;
}

/** Version 1, "the earliest release": a plain list of done ids, no times, nothing else. */
export interface PersistedProgressV1 {
  readonly done: readonly string[];
}

/** A tick time: a plausible time, or the "unknown" time version-1 ticks carry. */
export function isTickTime(value: unknown, now: number): value is number {
  return value === UNKNOWN_TICK_TIME || isPlausibleTime(value, now);
}

/** True for an hours-per-week value the planner can use: a number in [0.5, 168]. */
export function isValidHoursPerWeek(value: unknown): value is number {
  return typeof value === "number" && value >= MIN_HOURS_PER_WEEK && value <= MAX_HOURS_PER_WEEK;
}

/** A pace brought into [0.5, 168]; null for values that are not finite numbers. */
export function clampHoursPerWeek(value: number): number | null {
  if (!Number.isFinite(value)) return null;
  return Math.min(MAX_HOURS_PER_WEEK, Math.max(MIN_HOURS_PER_WEEK, value));
}

/** The persisted part of any progress state (the store's `partialize`). */
export function pickPersisted(state: PersistedProgress): PersistedProgress {
  return {
    done: state.done,
    known: state.known,
    inProgress: state.inProgress,
    unticked: state.unticked,
    changedAt: state.changedAt,
    notes: state.notes,
    reviews: state.reviews,
    reviewChanges: state.reviewChanges,
    goal: state.goal,
    hoursPerWeek: state.hoursPerWeek,
    settingsAt: state.settingsAt,
  };
}

/** Progress with nothing done and default settings: what restoring nothing gives. */
export function emptyProgress(): PersistedProgress {
  return restoreProgress(undefined).progress;
}

/** A restored state plus how many malformed entries had to be dropped to get it. */
export interface RestoreResult {
  readonly progress: PersistedProgress;
  /** Malformed entries or fields that were dropped or reset; 0 for clean input. */
  readonly dropped: number;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Turns any value into valid version-3 progress. Missing fields get defaults; malformed
 * entries (bad ids, times outside 2000 … `now` + 1 year, a pace outside [0.5, 168]) are dropped
 * and counted; unknown topic ids are kept. A `done` given as a list (the version-1 shape) is
 * accepted with unknown tick times. Never throws.
 */
export function restoreProgress(input: unknown, now: number = Date.now()): RestoreResult {
  // Anything but an object restores to empty progress; nothing at all is no loss.
  const record = isObject(input) ? input : {};
  let dropped = record === input || input === undefined ? 0 : 1;
  /** `value` when valid, else `fallback`; a value given but invalid counts as dropped. */
  const field = <T>(value: unknown, valid: (value: unknown) => value is T, fallback: T): T => {
    if (valid(value)) return value;
    if (value !== undefined) dropped++;
    return fallback;
  };
  /** Valid id -> time entries of a record (or, where `list` allows it, of a list of ids). */
  const readTimes = (
    value: unknown,
    validTime: (time: unknown) => boolean,
    list = false,
  ): Record<string, number> => {
    const entries =
      list && Array.isArray(value)
        ? value.map((id): [unknown, number] => [id, UNKNOWN_TICK_TIME])
        : Object.entries(field(value, isObject, {}));
    const map: Record<string, number> = {};
    for (const [id, time] of entries) {
      if (isPlausibleId(id) && validTime(time)) map[id] = Math.round(time as number);
      else dropped++;
    }
    return map;
  };
  const inRange = (time: unknown) => isPlausibleTime(time, now);
  const isSettingsTime = (time: unknown): time is number => time === 0 || inRange(time);
  const done = readTimes(record.done, (time) => isTickTime(time, now), true);
  const known = readTimes(record.known, (time) => isTickTime(time, now));
  const inProgress = readTimes(record.inProgress, inRange);
  const unticked = readTimes(record.unticked, inRange);
  const changedAt = readTimes(record.changedAt, inRange);
  const notes = restoreNotes(record.notes, now);
  const reviews = restoreReviews(record.reviews, now);
  const reviewChanges = restoreReviewChanges(record.reviewChanges, now);
  dropped += notes.dropped + reviews.dropped + reviewChanges.dropped;

  // An id with two marks is a contradiction: the later clock wins; ties go to done, then to
  // in progress (a mark is never lost to a simultaneous untick).
  const clock = (mark: number | undefined, id: string) =>
    mark === undefined ? undefined : Math.max(mark, timeOf(changedAt, id) ?? 0);
  for (const id of new Set([...Object.keys(inProgress), ...Object.keys(unticked)])) {
    const doneClock = clock(timeOf(done, id), id);
    const startedClock = clock(timeOf(inProgress, id), id);
    const untickedAt = timeOf(unticked, id);
    const best = Math.max(doneClock ?? -1, startedClock ?? -1, untickedAt ?? -1);
    if (doneClock === best) {
      delete inProgress[id];
      delete unticked[id];
    } else if (startedClock === best) {
      delete done[id];
      delete unticked[id];
    } else {
      delete done[id];
      delete inProgress[id];
    }
  }
  // `known` qualifies a done entry and carries its time.
  for (const id of Object.keys(known)) {
    const doneAt = timeOf(done, id);
    if (doneAt === undefined) {
      delete known[id];
      dropped++;
    } else known[id] = doneAt;
  }
  // changedAt only describes mark entries, and only when later than the mark time.
  for (const [id, at] of Object.entries(changedAt)) {
    const markedAt = timeOf(done, id) ?? timeOf(inProgress, id);
    if (markedAt === undefined || at <= markedAt) delete changedAt[id];
  }

  return {
    progress: {
      done: sortedRecord(Object.entries(done)),
      known: sortedRecord(Object.entries(known)),
      inProgress: sortedRecord(Object.entries(inProgress)),
      unticked: sortedRecord(Object.entries(unticked)),
      changedAt: sortedRecord(Object.entries(changedAt)),
      notes: notes.notes,
      reviews: withoutRemoved(reviews.reviews, reviewChanges.changes),
      reviewChanges: reviewChanges.changes,
      // No goal (null) is as valid as no field.
      goal: field(record.goal ?? undefined, isPlausibleId, null),
      hoursPerWeek: field(record.hoursPerWeek, isValidHoursPerWeek, DEFAULT_HOURS_PER_WEEK),
      // 0 is "never changed", the default.
      settingsAt: Math.round(field(record.settingsAt, isSettingsTime, 0)),
    },
    dropped,
  };
}

/**
 * Brings a persisted value of any version to the current version. Versions 0 to 3 go straight
 * through `restoreProgress`, which also reads version 1's list of done ids; versions 1 and 2
 * lack the fields of version 3, which restore empty. A value from a newer
 * version is restored as far as its fields are understood and reported as lossy (`dropped` at
 * least 1) so the caller keeps a backup of the original.
 */
export function migrateProgress(
  input: unknown,
  fromVersion: number,
  now: number = Date.now(),
): RestoreResult {
  const restored = restoreProgress(input, now);
  if (fromVersion <= PROGRESS_VERSION) return restored;
  return { ...restored, dropped: Math.max(1, restored.dropped) };
}
