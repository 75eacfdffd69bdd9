import fc from "fast-check";
import ICAL from "ical.js";
import {
  buildReviewCalendar,
  type ReviewCalendarEvent,
  type ReviewCalendarInput,
  reviewCalendarFileName,
} from "../../../src/progress/review-calendar";

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 7, 9, 30);
const BASE = "https://example.org/jiewang/#/topic/";

interface ParsedEvent {
  readonly uid: string;
  readonly summary: string;
  readonly description: string;
  readonly url: string | null;
  readonly start: string;
  readonly end: string;
  readonly startIsDate: boolean;
  readonly endIsDate: boolean;
  readonly language: unknown;
}

/** Parses with the reference parser and reads back what a calendar app would show. */
function parse(ics: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  expect(calendar.name).toBe("vcalendar");
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => {
    const start = vevent.getFirstPropertyValue("dtstart");
    const end = vevent.getFirstPropertyValue("dtend");
    if (!(start instanceof ICAL.Time) || !(end instanceof ICAL.Time)) {
      throw new Error("DTSTART/DTEND are not times");
    }
    const url = vevent.getFirstPropertyValue("url");
    return {
      uid: String(vevent.getFirstPropertyValue("uid")),
      summary: String(vevent.getFirstPropertyValue("summary")),
      description: String(vevent.getFirstPropertyValue("description")),
      url: url === null ? null : String(url),
      start: start.toString(),
      end: end.toString(),
      startIsDate: start.isDate,
      endIsDate: end.isDate,
      language: vevent.getFirstProperty("summary")?.getParameter("language"),
    };
  });
  return { calendar, events };
}

const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** The physical lines that break the form: CR or LF inside, over 75 octets, half a character or escape. */
function badLines(ics: string): string[] {
  if (!ics.endsWith("\r\n")) return ["(no CRLF at the end)"];
  return ics
    .slice(0, -2)
    .split("\r\n")
    .filter((line) => {
      const encoded = utf8.encode(line);
      if (/[\r\n\uD800-\uDFFF]/u.test(line) || encoded.length > 75) return true;
      // An odd run of backslashes at the end: a fold split an escape such as "\,".
      if (/(^|[^\\])(\\\\)*\\$/.test(line)) return true;
      try {
        // A fold inside a character would leave half of it on each line: invalid on its own.
        strictUtf8.decode(encoded);
        return false;
      } catch {
        return true;
      }
    });
}

/** Checks the physical form: CRLF only, every line at most 75 octets, folds between characters. */
function expectWellFormedLines(ics: string): void {
  expect(badLines(ics)).toEqual([]);
}

function event(topicId: string, title: string, due: number): ReviewCalendarEvent {
  return { topicId, title, due, url: BASE + topicId };
}

function build(events: readonly ReviewCalendarEvent[], extra: Partial<ReviewCalendarInput> = {}) {
  return buildReviewCalendar({
    events,
    calendarName: "Jiewang reviews",
    now: NOW,
    lang: "en",
    timeZoneOffsetMinutes: 0,
    ...extra,
  });
}

const LONG_TITLE = "Attention, heads; and \\ layers ".repeat(10).slice(0, 300);

describe("buildReviewCalendar: round trip through ical.js", () => {
  const events = [
    event("softmax", "Softmax", Date.UTC(2026, 11, 10, 12)),
    event("attention", "注意力机制：缩放点积", Date.UTC(2026, 11, 14, 8)),
    event("punctuation", "a, b; c \\ d \\n e: f", Date.UTC(2026, 11, 20)),
    event("lines", "line1\nline2\r\nline3\rline4", Date.UTC(2027, 0, 2)),
    event("long", LONG_TITLE, Date.UTC(2027, 5, 30, 23, 59)),
    event("chinese-long", "反向传播".repeat(75), Date.UTC(2027, 1, 28)),
  ];
  const ics = build(events);
  const parsed = parse(ics);

  it("has one event per topic, each with the title, date, link and a unique UID", () => {
    expect(parsed.events).toHaveLength(events.length);
    const byUid = new Map(parsed.events.map((e) => [e.uid, e]));
    expect(byUid.size).toBe(events.length);
    const expected: [string, string, string, string, string][] = [
      ["softmax", "Softmax", "2026-12-10", "2026-12-11", "20261210"],
      ["attention", "注意力机制：缩放点积", "2026-12-14", "2026-12-15", "20261214"],
      ["punctuation", "a, b; c \\ d \\n e: f", "2026-12-20", "2026-12-21", "20261220"],
      ["lines", "line1\nline2\nline3\nline4", "2027-01-02", "2027-01-03", "20270102"],
      ["long", LONG_TITLE, "2027-06-30", "2027-07-01", "20270630"],
      ["chinese-long", "反向传播".repeat(75), "2027-02-28", "2027-03-01", "20270228"],
    ];
    for (const [id, title, start, end, compact] of expected) {
      const got = byUid.get(`${id}-${compact}@jiewang`);
      expect(got, id).toBeDefined();
      expect(got?.summary).toBe(`Review: ${title}`);
      expect(got?.start).toBe(start);
      expect(got?.end).toBe(end);
      expect(got?.startIsDate && got?.endIsDate).toBe(true);
      expect(got?.url).toBe(BASE + id);
      expect(got?.description).toContain(title);
      expect(got?.description).toContain(BASE + id);
    }
  });

  it("keeps the 300-character titles whole although their lines had to be folded", () => {
    expect(LONG_TITLE).toHaveLength(300);
    expect(ics).not.toContain(`Review: ${LONG_TITLE}`);
    expect(ics).toMatch(/\r\n [^\r\n]/);
    expectWellFormedLines(ics);
  });

  it("writes the calendar properties and a UTC DTSTAMP from the clock", () => {
    const cal = parsed.calendar;
    expect(cal.getFirstPropertyValue("version")).toBe("2.0");
    expect(String(cal.getFirstPropertyValue("prodid"))).toMatch(/^-\/\/Jiewang\/\//);
    expect(cal.getFirstPropertyValue("calscale")).toBe("GREGORIAN");
    expect(cal.getFirstPropertyValue("x-wr-calname")).toBe("Jiewang reviews");
    const stamp = cal.getFirstSubcomponent("vevent")?.getFirstPropertyValue("dtstamp");
    expect(stamp instanceof ICAL.Time && stamp.toString()).toBe("2026-12-07T09:30:00Z");
  });

  it("is the same text for the same reviews in any order", () => {
    expect(build([...events].reverse())).toBe(ics);
  });
});

describe("buildReviewCalendar: form and language", () => {
  it("gives a parseable calendar with no events for no reviews", () => {
    const ics = build([]);
    expectWellFormedLines(ics);
    const { calendar, events } = parse(ics);
    expect(events).toEqual([]);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
  });

  it("words the events in Chinese for a Chinese reader and tags their language", () => {
    const ics = build([event("rnn", "循环神经网络", Date.UTC(2026, 11, 9))], {
      lang: "zh",
      calendarName: "结网复习, 机器学习; 第二版",
    });
    const { calendar, events } = parse(ics);
    expect(events[0]?.summary).toBe("复习：循环神经网络");
    expect(events[0]?.description).toContain("结网");
    expect(events[0]?.language).toBe("zh");
    // ical.js leaves X- properties unescaped; the escapes themselves show the text is safe.
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("结网复习\\, 机器学习\\; 第二版");
  });

  it("names an unnamed calendar and ignores a language tag that is not one", () => {
    const ics = build([event("rnn", "RNN", Date.UTC(2026, 11, 9))], {
      calendarName: " \n ",
      lang: "en;X-EVIL=1:oops",
    });
    const { calendar, events } = parse(ics);
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Jiewang reviews");
    expect(events[0]?.summary).toBe("Review: RNN");
    expect(events[0]?.language).toBeUndefined();
    expect(ics).not.toContain("X-EVIL");
  });
});

describe("buildReviewCalendar: dates", () => {
  it("uses the learner's calendar date, not the UTC one", () => {
    const due = Date.UTC(2026, 11, 9, 20); // 04:00 on the 10th in Beijing, 15:00 on the 9th in New York
    const beijing = parse(build([event("a", "A", due)], { timeZoneOffsetMinutes: 480 }));
    const newYork = parse(build([event("a", "A", due)], { timeZoneOffsetMinutes: -300 }));
    expect(beijing.events[0]?.start).toBe("2026-12-10");
    expect(newYork.events[0]?.start).toBe("2026-12-09");
  });

  it("follows the runtime's local time zone when no offset is given", () => {
    const due = Date.UTC(2027, 2, 28, 23, 30);
    const local = new Date(due);
    const expected = [local.getFullYear(), local.getMonth() + 1, local.getDate()]
      .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, "0"))
      .join("-");
    const ics = build([event("a", "A", due)], { timeZoneOffsetMinutes: undefined });
    expect(parse(ics).events[0]?.start).toBe(expected);
  });

  it("ends each all-day event on the next calendar day across months, years and leap days", () => {
    const cases: [number, string][] = [
      [Date.UTC(2026, 11, 31), "2027-01-01"],
      [Date.UTC(2028, 1, 28), "2028-02-29"],
      [Date.UTC(2027, 1, 28), "2027-03-01"],
      [Date.UTC(2026, 11, 30), "2026-12-31"],
    ];
    for (const [due, end] of cases) {
      expect(parse(build([event("a", "A", due)])).events[0]?.end).toBe(end);
    }
  });

  it("puts overdue reviews on today's date, where the learner will see them", () => {
    const { events } = parse(build([event("late", "Late", NOW - 40 * DAY)]));
    expect(events[0]?.start).toBe("2026-12-07");
    expect(events[0]?.uid).toBe("late-20261207@jiewang");
  });

  it("keeps one event per topic and date, and one per date for a topic due twice", () => {
    const due = Date.UTC(2026, 11, 12, 8);
    const { events } = parse(
      build([
        event("a", "A", due),
        event("a", "A again", due + 3_600_000),
        event("a", "A", due + 7 * DAY),
      ]),
    );
    expect(events.map((e) => e.uid)).toEqual(["a-20261212@jiewang", "a-20261219@jiewang"]);
  });

  it("leaves out reviews whose date is not a date", () => {
    const { events } = parse(
      build([
        event("nan", "NaN", Number.NaN),
        event("inf", "Infinity", Number.POSITIVE_INFINITY),
        event("far", "Too far", 8.64e15),
        event("ok", "OK", Date.UTC(2026, 11, 9)),
      ]),
    );
    expect(events.map((e) => e.uid)).toEqual(["ok-20261209@jiewang"]);
  });
});

describe("buildReviewCalendar: hostile input", () => {
  it("removes control characters from titles, tabs become spaces", () => {
    const title = "a\u0000b\u0007c\u001bd\u007fe\u0085f\tg";
    const ics = build([event("x", title, Date.UTC(2026, 11, 9))]);
    expect(parse(ics).events[0]?.summary).toBe("Review: abcdef g");
    // Any control character other than the CR LF line ends.
    expect(ics).not.toMatch(/[^\P{Cc}\r\n]/u);
  });

  it("cannot be made to start a new property or event through a title, id or link", () => {
    const injected = "x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\r\nSUMMARY:evil";
    const ics = buildReviewCalendar({
      events: [
        {
          topicId: `id${injected}`,
          title: injected,
          due: Date.UTC(2026, 11, 9),
          url: `https://example.org/#/topic/x${injected}`,
        },
      ],
      calendarName: injected,
      now: NOW,
      lang: "en",
      timeZoneOffsetMinutes: 0,
    });
    expectWellFormedLines(ics);
    const { events } = parse(ics);
    expect(events).toHaveLength(1);
    expect(ics.split("\r\n").filter((l) => l.startsWith("UID"))).toHaveLength(1);
    expect(events[0]?.url).not.toMatch(/\s/);
  });

  it("replaces unpaired surrogates and falls back to the id for a blank title", () => {
    const { events } = parse(
      build([
        event("lone", "a\uD800b\uDC00c", Date.UTC(2026, 11, 9)),
        event("blank", " \n\u0000 ", Date.UTC(2026, 11, 9)),
      ]),
    );
    expect(events.find((e) => e.uid.startsWith("lone"))?.summary).toBe("Review: a\uFFFDb\uFFFDc");
    expect(events.find((e) => e.uid.startsWith("blank"))?.summary).toBe("Review: blank");
  });

  it("drops links that are not web or file links, and events without an id", () => {
    const ics = build([
      { topicId: "js", title: "JS", due: Date.UTC(2026, 11, 9), url: "javascript:alert(1)" },
      { topicId: "rel", title: "Relative", due: Date.UTC(2026, 11, 9), url: "#/topic/rel" },
      { topicId: "", title: "No id", due: Date.UTC(2026, 11, 9), url: `${BASE}x` },
    ]);
    const { events } = parse(ics);
    expect(events.map((e) => [e.uid, e.url])).toEqual([
      ["js-20261209@jiewang", null],
      ["rel-20261209@jiewang", null],
    ]);
    expect(ics).not.toContain("javascript");
  });

  it("still writes a valid calendar when the clock is broken", () => {
    for (const now of [Number.NaN, -8.64e15, 8.64e15]) {
      const ics = build([event("a", "A", Date.UTC(2026, 11, 9))], { now });
      expectWellFormedLines(ics);
      expect(parse(ics).events[0]?.start, String(now)).toBe("2026-12-09");
    }
  });
});

describe("reviewCalendarFileName", () => {
  it("dates the file by the learner's calendar date", () => {
    const lateEvening = Date.UTC(2026, 11, 7, 23, 30);
    expect(reviewCalendarFileName(lateEvening, 0)).toBe("jiewang-reviews-2026-12-07.ics");
    expect(reviewCalendarFileName(lateEvening, 480)).toBe("jiewang-reviews-2026-12-08.ics");
    expect(reviewCalendarFileName(Number.NaN)).toBe("jiewang-reviews.ics");
    expect(reviewCalendarFileName(lateEvening)).toMatch(/^jiewang-reviews-\d{4}-\d{2}-\d{2}\.ics$/);
  });
});

/** What the calendar should show for a title, written independently of the module. */
function expectedTitle(raw: string, topicId: string): string {
  const shown = Array.from(raw.replace(/\r\n|\r/g, "\n"))
    .map((c) => {
      if (c === "\t") return " ";
      if (c === "\n") return c;
      if (/^[\uD800-\uDFFF]$/.test(c)) return "\uFFFD";
      return /^\p{Cc}$/u.test(c) ? "" : c;
    })
    .join("");
  return shown.trim() === "" ? topicId : shown;
}

function utcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

describe("buildReviewCalendar: properties", () => {
  const title = fc.oneof(
    fc.string({ unit: "binary", maxLength: 200 }),
    fc.string({ unit: "grapheme", maxLength: 120 }),
    fc.string({
      unit: fc.constantFrom("\\", ";", ",", "\n", "\r", ":", " ", "学", "😀", "a"),
      maxLength: 160,
    }),
  );
  const review = fc.record({
    topicId: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/),
    title,
    due: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2200, 0, 1) }),
  });

  it("always parses, keeps every line within 75 octets and round-trips titles and dates", () => {
    fc.assert(
      fc.property(
        fc.array(review, { maxLength: 12 }),
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2200, 0, 1) }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        fc.constantFrom("en", "zh", "zh-TW"),
        (reviews, now, offset, lang) => {
          const ics = buildReviewCalendar({
            events: reviews.map((r) => ({ ...r, url: BASE + r.topicId })),
            calendarName: "Reviews",
            now,
            lang,
            timeZoneOffsetMinutes: offset,
          });
          expectWellFormedLines(ics);
          const { events } = parse(ics);
          const prefix = lang === "en" ? "Review: " : "复习：";
          const today = utcDate(now + offset * 60_000);
          const expected = new Map<string, { title: string; date: string; id: string }>();
          for (const r of reviews) {
            const dueDate = utcDate(r.due + offset * 60_000);
            const date = dueDate.localeCompare(today) < 0 ? today : dueDate;
            const uid = `${r.topicId}-${date.replaceAll("-", "")}@jiewang`;
            if (!expected.has(uid)) {
              expected.set(uid, { title: expectedTitle(r.title, r.topicId), date, id: r.topicId });
            }
          }
          expect(events).toHaveLength(expected.size);
          for (const e of events) {
            const want = expected.get(e.uid);
            expect(want).toBeDefined();
            expect(e.summary).toBe(prefix + want?.title);
            expect(e.start).toBe(want?.date);
            expect(e.end).toBe(utcDate(Date.parse(`${want?.date}T00:00:00Z`) + DAY));
            expect(e.url).toBe(BASE + want?.id);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
