/**
 * Small helpers for the id -> time records the progress state is made of. Everything loaded
 * from storage, a file or a link passes through these checks, so malformed data never reaches
 * the store.
 */

/** An id -> epoch-milliseconds map (tick times, untick times). */
export type TimeMap = Readonly<Record<string, number>>;

/**
 * Curriculum ids are lowercase kebab-case; we accept a slightly wider set so hand-edited or
 * older data is not thrown away, but never names like `__proto__` that would clash with the
 * object prototype.
 */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** Latest instant a JavaScript Date can hold; anything beyond is not a time. */
const MAX_TIME_MS = 8.64e15;

/** 2000-01-01T00:00:00Z: no learner ticked a topic of this app before it. */
export const EARLIEST_TIME = Date.UTC(2000, 0, 1);

/** How far ahead of the clock a time from a file or another device may be (clocks disagree). */
export const FUTURE_SLACK_MS = 366 * 24 * 3_600_000;

/** True for a string that can be a topic id (current, former or removed). */
export function isPlausibleId(value: unknown): value is string {
  return typeof value === "string" && ID_PATTERN.test(value);
}

/** True for a finite, non-negative epoch time in milliseconds. */
export function isValidTime(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= MAX_TIME_MS;
}

/**
 * True for a time a learner's data can hold: between 2000-01-01 and one year after `now`.
 * Anything else (a tick in the year 275760, a negative clock) is malformed, whatever its source.
 * A clock set before 2000 counts as 2000-01-01, the time the store writes with such a clock.
 */
export function isPlausibleTime(value: unknown, now: number): value is number {
  const latest = Math.max(now, EARLIEST_TIME) + FUTURE_SLACK_MS;
  return isValidTime(value) && value >= EARLIEST_TIME && value <= latest;
}

/**
 * `clock`, never earlier than 2000-01-01: a device whose date is wrong that way still writes
 * times that read back as plausible, so its ticks are not dropped on the next load.
 */
export function plausibleClock(clock: () => number): () => number {
  return () => Math.max(EARLIEST_TIME, clock());
}

/**
 * The value stored for `id`, or undefined when the record has no own entry for it (an own-property
 * lookup, so ids such as `constructor` never read the prototype).
 */
export function timeOf(record: TimeMap, id: string): number | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

/** A plain object with keys in sorted order, so equal records serialise to equal strings. */
export function sortedRecord(entries: Iterable<readonly [string, number]>): Record<string, number> {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Entries sorted by key, so equal records serialise to equal strings. */
export function sortedEntries<T>(entries: Iterable<readonly [string, T]>): [string, T][] {
  return [...entries]
    .map(([id, value]): [string, T] => [id, value])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
