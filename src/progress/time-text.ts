/**
 * Times as text in progress files: ISO 8601, checked strictly on the way in, so an impossible
 * date (30 February, the year 275760) never reaches the store.
 */
import { isPlausibleTime } from "./records";

/** A time in ms as ISO 8601 (UTC). */
export function toIso(time: number | Date): string {
  return new Date(time).toISOString();
}

/**
 * ISO 8601 date-time with a time zone, as `toISOString` writes (offsets accepted too). Years
 * outside 0000-9999 need no form: they fail the date rule anyway.
 */
const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** True when a match of ISO_TIME names a real day and clock time (no 30 February, no 24:00). */
function isRealDateTime(match: RegExpExecArray): boolean {
  // Absent groups (seconds, or the offset of a "Z" time) count as 0.
  const field = (group: number) => Number(match[group] ?? "0");
  const month = field(2);
  const day = field(3);
  const daysInMonth = new Date(Date.UTC(field(1), month, 0)).getUTCDate();
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth &&
    field(4) <= 23 &&
    field(5) <= 59 &&
    field(6) <= 59 &&
    field(7) <= 23 &&
    field(8) <= 59
  );
}

/** Why a time was refused: not a date-time in the file's form, or outside the date rule. */
export type TimeProblem = "not-a-time" | "out-of-range";

/** A signed six-digit year, as `toISOString` writes years outside 0000-9999. */
const EXPANDED_YEAR = /^([+-]\d{6})-/;

/**
 * The time in ms of a real ISO date-time between 2000-01-01 and a year after `now`, or why it
 * is not one. A six-digit year outside 0000-9999 (the year 275760) is a real date out of range,
 * so the learner is told that rather than that it is malformed.
 */
export function readIsoTime(value: unknown, now: number): number | TimeProblem {
  if (typeof value !== "string") return "not-a-time";
  const match = ISO_TIME.exec(value);
  if (!match) {
    const year = Number(EXPANDED_YEAR.exec(value)?.[1]);
    return year < 0 || year > 9999 ? "out-of-range" : "not-a-time";
  }
  if (!isRealDateTime(match)) return "not-a-time";
  const time = Date.parse(value);
  return isPlausibleTime(time, now) ? time : "out-of-range";
}

/**
 * The time in ms of a real ISO date-time between 2000-01-01 and a year after `now`; undefined
 * for anything else.
 */
export function parseIsoTime(value: unknown, now: number): number | undefined {
  const time = readIsoTime(value, now);
  return typeof time === "number" ? time : undefined;
}
