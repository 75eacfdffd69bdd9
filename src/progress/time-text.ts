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

/**
 * The time in ms of a real ISO date-time between 2000-01-01 and a year after `now`; undefined
 * for anything else.
 */
export function parseIsoTime(value: unknown, now: number): number | undefined {
  if (typeof value !== "string") return undefined;
  const match = ISO_TIME.exec(value);
  if (!match || !isRealDateTime(match)) return undefined;
  const time = Date.parse(value);
  return isPlausibleTime(time, now) ? time : undefined;
}
