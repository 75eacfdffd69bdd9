/** A week in milliseconds (finish dates are estimates; daylight-saving hours do not matter). */
export const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export interface FinishEstimate {
  /** Weeks of study left at the given pace (fractional). */
  readonly weeks: number;
  /** When that study would be done, in epoch milliseconds. */
  readonly finishAt: number;
}

/** The latest time a JavaScript Date can hold; later finish dates cannot be shown. */
const LAST_DATE_MS = 8.64e15;

/**
 * When `hours` of study would be done at `hoursPerWeek`, starting at `now`. Undefined when there
 * is nothing to estimate (no hours, no usable pace, or a date too far off to be a date).
 */
export function estimateFinish(
  hours: number,
  hoursPerWeek: number,
  now: number,
): FinishEstimate | undefined {
  if (!(hours > 0) || !(hoursPerWeek > 0) || !Number.isFinite(hours + hoursPerWeek)) {
    return undefined;
  }
  const weeks = hours / hoursPerWeek;
  const finishAt = now + weeks * WEEK_MS;
  return finishAt <= LAST_DATE_MS ? { weeks, finishAt } : undefined;
}

/** A date in the reading language ("2026年3月4日", "4 March 2026"); falls back to `backup`. */
export function formatDate(ms: number, lang: string, backup: string): string {
  const options: Intl.DateTimeFormatOptions = { year: "numeric", month: "long", day: "numeric" };
  try {
    return new Intl.DateTimeFormat(lang, options).format(ms);
  } catch {
    // A curriculum language Intl does not know: use the UI language instead.
    return new Intl.DateTimeFormat(backup, options).format(ms);
  }
}

/** A short date for chart labels ("3月4日", "4 Mar"). */
export function formatShortDate(ms: number, lang: string, backup: string): string {
  const options: Intl.DateTimeFormatOptions = { month: "short", day: "numeric" };
  try {
    return new Intl.DateTimeFormat(lang, options).format(ms);
  } catch {
    return new Intl.DateTimeFormat(backup, options).format(ms);
  }
}
