/**
 * "Export reviews to calendar": an iCalendar file (RFC 5545) with one all-day event per topic and
 * review date, so a learner's own calendar reminds them without any server. Pure: no React, no
 * DOM, no storage; the caller passes the clock and turns the text into a download.
 *
 * Dates: an event sits on the learner's calendar date of `due`. By default that date comes from
 * the runtime's local time zone (the Date API, so each date gets its own daylight-saving offset);
 * a fixed `timeZoneOffsetMinutes` (minutes EAST of UTC, e.g. 480 for Beijing, the opposite sign of
 * `Date.prototype.getTimezoneOffset`) replaces it. A review already overdue goes on today's date,
 * because a reminder in the past would never be seen.
 *
 * Everything passed in is treated as hostile: control characters are removed from text, text is
 * escaped, links that are not http(s) or file URLs are left out, impossible dates are skipped.
 */
export interface ReviewCalendarEvent {
  readonly topicId: string;
  /** The topic's title in the learner's current language. */
  readonly title: string;
  /** When the review falls due, epoch milliseconds. */
  readonly due: number;
  /** An absolute link back to the topic in the app. */
  readonly url: string;
}

export interface ReviewCalendarInput {
  readonly events: readonly ReviewCalendarEvent[];
  readonly calendarName: string;
  /** The clock, epoch milliseconds: DTSTAMP, and "today" for overdue reviews. */
  readonly now: number;
  /** The learner's current language ("zh", "en", "zh-TW"...): the wording around the titles. */
  readonly lang: string;
  /** Minutes east of UTC; default: the runtime's local time zone. */
  readonly timeZoneOffsetMinutes?: number;
}

/** The MIME type for the downloaded file (RFC 5545 §8.1). */
export const REVIEW_CALENDAR_MIME_TYPE = "text/calendar;charset=utf-8";

const PRODID = "-//Jiewang//Review calendar//EN";
const UID_DOMAIN = "jiewang";
const CRLF = "\r\n";

interface Wording {
  readonly summary: (title: string) => string;
  readonly description: string;
  readonly defaultCalendarName: string;
}

const WORDING: Readonly<Record<"zh" | "en", Wording>> = {
  zh: {
    summary: (title) => `复习：${title}`,
    description: "该在结网中复习这个主题了。",
    defaultCalendarName: "结网复习",
  },
  en: {
    summary: (title) => `Review: ${title}`,
    description: "Time to review this topic in Jiewang.",
    defaultCalendarName: "Jiewang reviews",
  },
};

function wordingFor(lang: string): Wording {
  return lang.toLowerCase().split("-")[0] === "zh" ? WORDING.zh : WORDING.en;
}

/** A plain calendar date; `month` is 1-12. */
interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function validOffset(minutes: number | undefined): number | undefined {
  // Real offsets lie within ±14 hours; anything else is a caller's mistake, so use local time.
  return typeof minutes === "number" && Number.isFinite(minutes) && Math.abs(minutes) <= 24 * 60
    ? minutes
    : undefined;
}

/** The calendar date of an instant, or undefined when the instant is not a usable date. */
function calendarDateOf(
  epochMs: number,
  offsetMinutes: number | undefined,
): CalendarDate | undefined {
  if (typeof epochMs !== "number" || !Number.isFinite(epochMs)) return undefined;
  let date: CalendarDate;
  if (offsetMinutes === undefined) {
    const local = new Date(epochMs);
    date = { year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate() };
  } else {
    const shifted = new Date(epochMs + offsetMinutes * 60_000);
    date = {
      year: shifted.getUTCFullYear(),
      month: shifted.getUTCMonth() + 1,
      day: shifted.getUTCDate(),
    };
  }
  return Number.isNaN(date.year) ? undefined : date;
}

function nextDay(date: CalendarDate): CalendarDate {
  // setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
  const d = new Date(0);
  d.setUTCFullYear(date.year, date.month - 1, date.day + 1);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Four-digit years only: DATE values have no room for others (RFC 5545 §3.3.4). */
function representable(date: CalendarDate): boolean {
  return date.year >= 1 && date.year <= 9999;
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

function formatDate(date: CalendarDate): string {
  return `${pad(date.year, 4)}${pad(date.month, 2)}${pad(date.day, 2)}`;
}

function formatUtcDateTime(epochMs: number): string {
  const d = new Date(Number.isFinite(epochMs) ? epochMs : 0);
  const year = d.getUTCFullYear();
  const valid = Number.isNaN(year) || year < 1 || year > 9999 ? new Date(0) : d;
  const date = formatDate({
    year: valid.getUTCFullYear(),
    month: valid.getUTCMonth() + 1,
    day: valid.getUTCDate(),
  });
  const time = `${pad(valid.getUTCHours(), 2)}${pad(valid.getUTCMinutes(), 2)}${pad(valid.getUTCSeconds(), 2)}`;
  return `${date}T${time}Z`;
}

function isControl(codePoint: number): boolean {
  return codePoint <= 0x1f || (codePoint >= 0x7f && codePoint <= 0x9f);
}

/**
 * Text as the calendar should show it: line breaks become "\n", tabs spaces, other control
 * characters go, and unpaired surrogates (which have no UTF-8 form) become U+FFFD.
 */
export function cleanCalendarText(raw: string): string {
  const text = String(raw).replace(/\r\n?/g, "\n").replace(/\t/g, " ");
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text.slice(i, i + 2);
        i++;
      } else {
        out += "\uFFFD";
      }
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      out += "\uFFFD";
    } else if (unit === 0x0a || !isControl(unit)) {
      out += text[i];
    }
  }
  return out;
}

/** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped. */
function escapeText(text: string): string {
  return text.replace(/[\\;,\n]/g, (c) => (c === "\n" ? "\\n" : `\\${c}`));
}

const ALLOWED_URL_SCHEMES = new Set(["http:", "https:", "file:"]);

/** The link in its normalised, ASCII-only form, or undefined for anything that is not a link. */
function cleanUrl(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(cleanCalendarText(raw).replace(/\n/g, ""));
  } catch {
    return undefined;
  }
  return ALLOWED_URL_SCHEMES.has(url.protocol) ? url.href : undefined;
}

/** A language tag safe to place in a parameter (letters, digits and hyphens only). */
function languageParam(lang: string): string {
  return /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(lang) ? `;LANGUAGE=${lang}` : "";
}

interface PlannedEvent {
  readonly uid: string;
  readonly date: CalendarDate;
  readonly title: string;
  readonly url: string | undefined;
}

function planEvents(input: ReviewCalendarInput, offset: number | undefined): PlannedEvent[] {
  const clockDate = calendarDateOf(input.now, offset);
  // A clock too broken to give a date moves nothing to "today".
  const today = clockDate && representable(clockDate) ? clockDate : undefined;
  const byUid = new Map<string, PlannedEvent>();
  for (const event of input.events) {
    const topicId = cleanCalendarText(String(event.topicId ?? "")).replace(/\s/g, "");
    const dueDate = calendarDateOf(event.due, offset);
    if (topicId === "" || dueDate === undefined) continue;
    const date = today && compareDates(dueDate, today) < 0 ? today : dueDate;
    if (!representable(date) || !representable(nextDay(date))) continue;
    const uid = `${topicId}-${formatDate(date)}@${UID_DOMAIN}`;
    if (byUid.has(uid)) continue;
    const title = cleanCalendarText(String(event.title ?? ""));
    byUid.set(uid, {
      uid,
      date,
      title: title.trim() === "" ? topicId : title,
      url: cleanUrl(String(event.url ?? "")),
    });
  }
  return [...byUid.values()].sort(
    (a, b) => compareDates(a.date, b.date) || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0),
  );
}

/** UTF-8 length of one code point. */
function octetsOf(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line so no physical line exceeds 75 octets (RFC 5545 §3.1): continuation
 * lines start with a space, which counts. Breaks fall between whole characters, and never inside
 * an escape such as `\,` (allowed, but some readers unfold badly there).
 */
function foldContentLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  const chars = Array.from(line);
  for (let i = 0; i < chars.length; i++) {
    let unit = chars[i] ?? "";
    if (unit === "\\" && i + 1 < chars.length) unit += chars[++i] ?? "";
    let size = 0;
    for (const c of unit) size += octetsOf(c.codePointAt(0) ?? 0);
    if (octets + size > 75) {
      parts.push(current);
      current = " ";
      octets = 1;
    }
    current += unit;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** The .ics file's text: CRLF line endings, lines folded at 75 octets. */
export function buildReviewCalendar(input: ReviewCalendarInput): string {
  const offset = validOffset(input.timeZoneOffsetMinutes);
  const wording = wordingFor(String(input.lang ?? ""));
  const language = languageParam(String(input.lang ?? ""));
  const stamp = formatUtcDateTime(input.now);
  const name = cleanCalendarText(String(input.calendarName ?? "")).replace(/\n/g, " ");

  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(name.trim() === "" ? wording.defaultCalendarName : name)}`,
  ];
  for (const event of planEvents(input, offset)) {
    const description = [event.title, wording.description, event.url].filter(Boolean).join("\n");
    lines.push(
      "BEGIN:VEVENT",
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${formatDate(event.date)}`,
      `DTEND;VALUE=DATE:${formatDate(nextDay(event.date))}`,
      `SUMMARY${language}:${escapeText(wording.summary(event.title))}`,
      `DESCRIPTION${language}:${escapeText(description)}`,
      ...(event.url ? [`URL:${event.url}`] : []),
      // A reminder to review does not make the learner busy.
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldContentLine).join(CRLF) + CRLF;
}

/** "jiewang-reviews-2026-12-07.ics", dated by the learner's calendar date of `now`. */
export function reviewCalendarFileName(now: number, timeZoneOffsetMinutes?: number): string {
  const date = calendarDateOf(now, validOffset(timeZoneOffsetMinutes));
  if (date === undefined || !representable(date)) return "jiewang-reviews.ics";
  return `jiewang-reviews-${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}.ics`;
}
