/**
 * The persisted shape of a learner's progress, and the `restore` step that turns anything
 * loaded (storage of any version, another tab's write) into that shape. Loaded data is
 * untrusted: restore fills defaults, drops malformed entries and counts them, and keeps ids it
 * does not know (topics removed from the curriculum stay, in case they come back).
 */
import { isPlausibleId, isValidTime, sortedRecord, type TimeMap, timeOf } from "./records";

/** Version of the persisted shape written today. */
export const PROGRESS_VERSION = 2;

/** Study hours per week assumed until the learner says otherwise. */
export const DEFAULT_HOURS_PER_WEEK = 5;

/** Upper bound for hours per week (a week has 168 hours). */
export const MAX_HOURS_PER_WEEK = 168;

/**
 * Tick time given to topics whose real tick time is unknown (data from version 1, which kept
 * no times). Charts of progress over time should leave these out.
 */
export const UNKNOWN_TICK_TIME = 0;

/**
 * Version 2 (current). Per topic id:
 * - `done[id]`: when it was ticked (shown in the progress chart);
 * - `unticked[id]`: when it was last unticked (a tombstone, so an untick in one tab is not
 *   undone by another tab that still has the tick);
 * - `changedAt[id]`: when a done entry last changed, only where that is later than its tick
 *   time (an undone untick or an import brings back an older tick time).
 * The merge clock of a done entry is `changedAt[id] ?? done[id]`; of a tombstone, `unticked[id]`.
 * `settingsAt` is the merge clock of `goal` and `hoursPerWeek`.
 */
export interface PersistedProgress {
  readonly done: TimeMap;
  readonly unticked: TimeMap;
  readonly changedAt: TimeMap;
  readonly goal: string | null;
  readonly hoursPerWeek: number;
  readonly settingsAt: number;
}

/** Version 1, "the earliest release": a plain list of done ids, no times, nothing else. */
export interface PersistedProgressV1 {
  readonly done: readonly string[];
}

/** Progress with nothing done and default settings. */
export function emptyProgress(): PersistedProgress {
  return {
    done: {},
    unticked: {},
    changedAt: {},
    goal: null,
    hoursPerWeek: DEFAULT_HOURS_PER_WEEK,
    settingsAt: 0,
  };
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

/** Valid id -> time entries of `value`; everything else is counted as dropped. */
function readTimeMap(value: unknown): { map: Record<string, number>; dropped: number } {
  if (value === undefined) return { map: {}, dropped: 0 };
  if (!isObject(value)) return { map: {}, dropped: 1 };
  const map: Record<string, number> = {};
  let dropped = 0;
  for (const [id, time] of Object.entries(value)) {
    if (isPlausibleId(id) && isValidTime(time)) map[id] = Math.round(time);
    else dropped++;
  }
  return { map, dropped };
}

/** Version 1 style list of ids, all with an unknown tick time. */
function readIdList(value: readonly unknown[]): { map: Record<string, number>; dropped: number } {
  const map: Record<string, number> = {};
  let dropped = 0;
  for (const id of value) {
    if (isPlausibleId(id)) map[id] = UNKNOWN_TICK_TIME;
    else dropped++;
  }
  return { map, dropped };
}

/**
 * Turns any value into valid version-2 progress. Missing fields get defaults; malformed
 * entries are dropped and counted; unknown topic ids are kept. A `done` given as a list (the
 * version-1 shape) is accepted with unknown tick times. Never throws.
 */
export function restoreProgress(input: unknown): RestoreResult {
  if (!isObject(input)) return { progress: emptyProgress(), dropped: input === undefined ? 0 : 1 };
  const done = Array.isArray(input.done) ? readIdList(input.done) : readTimeMap(input.done);
  const unticked = readTimeMap(input.unticked);
  const changedAt = readTimeMap(input.changedAt);
  let dropped = done.dropped + unticked.dropped + changedAt.dropped;

  // An id both done and unticked is a contradiction: the later clock wins, ties go to done.
  for (const id of Object.keys(done.map)) {
    const untickedAt = timeOf(unticked.map, id);
    if (untickedAt === undefined) continue;
    const doneClock = Math.max(done.map[id] ?? 0, timeOf(changedAt.map, id) ?? 0);
    if (untickedAt > doneClock) delete done.map[id];
    else delete unticked.map[id];
  }
  // changedAt only describes done entries, and only when later than the tick.
  for (const [id, at] of Object.entries(changedAt.map)) {
    const tickedAt = timeOf(done.map, id);
    if (tickedAt === undefined || at <= tickedAt) delete changedAt.map[id];
  }

  let goal: string | null = null;
  if (isPlausibleId(input.goal)) goal = input.goal;
  else if (input.goal !== undefined && input.goal !== null) dropped++;

  let hoursPerWeek = DEFAULT_HOURS_PER_WEEK;
  if (isValidHoursPerWeek(input.hoursPerWeek)) hoursPerWeek = input.hoursPerWeek;
  else if (input.hoursPerWeek !== undefined) dropped++;

  let settingsAt = 0;
  if (isValidTime(input.settingsAt)) settingsAt = Math.round(input.settingsAt);
  else if (input.settingsAt !== undefined) dropped++;

  return {
    progress: {
      done: sortedRecord(Object.entries(done.map)),
      unticked: sortedRecord(Object.entries(unticked.map)),
      changedAt: sortedRecord(Object.entries(changedAt.map)),
      goal,
      hoursPerWeek,
      settingsAt,
    },
    dropped,
  };
}

/** True for an hours-per-week value the planner can use: a number in (0, 168]. */
export function isValidHoursPerWeek(value: unknown): value is number {
  return (
    typeof value === "number" && Number.isFinite(value) && value > 0 && value <= MAX_HOURS_PER_WEEK
  );
}

/**
 * Brings a persisted value of any version to the current version. Version 1 (`{ done: [ids] }`)
 * gets unknown tick times; versions 0 and 2 go straight through `restoreProgress`. A value
 * from a newer version is restored as far as its fields are understood and reported as lossy
 * (`dropped` at least 1) so the caller keeps a backup of the original.
 */
export function migrateProgress(input: unknown, fromVersion: number): RestoreResult {
  if (fromVersion === 1) {
    const v1 = isObject(input) && Array.isArray(input.done) ? input.done : undefined;
    return restoreProgress(v1 === undefined ? input : { done: v1 });
  }
  const restored = restoreProgress(input);
  if (fromVersion > PROGRESS_VERSION) {
    return { progress: restored.progress, dropped: Math.max(1, restored.dropped) };
  }
  return restored;
}
