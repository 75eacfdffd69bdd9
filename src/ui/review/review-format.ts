/** Dates on the review page, in the UI's language. */

/** A calendar date such as "7 December 2026" / "2026年12月7日"; ISO when Intl cannot format it. */
export function formatReviewDate(ms: number, lang: string): string {
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: "long" }).format(ms);
  } catch {
    return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : "";
  }
}
