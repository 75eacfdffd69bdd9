import {
  buildExportFile,
  exportFileName,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ENTRIES,
  parseImportFile,
} from "../../../src/progress/export-file";
import { UNKNOWN_TICK_TIME } from "../../../src/progress/progress-state";
import { curriculumV2 } from "../../fixtures/progress/curricula";

const EXPORTED_AT = Date.UTC(2025, 2, 4, 9, 30);

function fileText(fields: Record<string, unknown>): string {
  return JSON.stringify({
    format: "jiewang-progress",
    version: 1,
    curriculum: "Test",
    exportedAt: "2025-03-04T09:30:00.000Z",
    done: [],
    ...fields,
  });
}

describe("export file", () => {
  it("lists done topics with ISO tick times, oldest first", () => {
    const file = buildExportFile(
      "结网",
      { b: Date.UTC(2025, 0, 2), a: Date.UTC(2025, 0, 1), old: UNKNOWN_TICK_TIME },
      EXPORTED_AT,
    );
    expect(file).toEqual({
      format: "jiewang-progress",
      version: 1,
      curriculum: "结网",
      exportedAt: "2025-03-04T09:30:00.000Z",
      done: [
        { id: "old", tickedAt: null },
        { id: "a", tickedAt: "2025-01-01T00:00:00.000Z" },
        { id: "b", tickedAt: "2025-01-02T00:00:00.000Z" },
      ],
    });
  });

  it.each([
    [new Date(2025, 0, 5, 0, 1), "jiewang-progress-2025-01-05.json"],
    [new Date(2025, 11, 31, 23, 59), "jiewang-progress-2025-12-31.json"],
  ])("names the file after the local date of %s", (now, name) => {
    expect(exportFileName(now)).toBe(name);
  });

  it("survives a round trip with every tick time intact", () => {
    const done = { a: 1_700_000_000_123, "b-topic": 1_600_000_000_000, c: UNKNOWN_TICK_TIME };
    const text = JSON.stringify(buildExportFile("T", done, EXPORTED_AT));
    expect(parseImportFile(text, text.length)).toEqual({
      ok: true,
      done,
      curriculum: "T",
      exportedAt: EXPORTED_AT,
      dropped: 0,
      version: 1,
      marks: {
        a: { kind: "done", at: done.a },
        "b-topic": { kind: "done", at: done["b-topic"] },
        c: { kind: "done", at: UNKNOWN_TICK_TIME },
      },
      notes: {},
      reviews: {},
    });
  });

  it("keeps the earlier time of an id listed twice", () => {
    const text = fileText({
      done: [
        { id: "a", tickedAt: "2025-02-01T00:00:00Z" },
        { id: "a", tickedAt: "2025-01-01T00:00:00+08:00" },
      ],
    });
    const result = parseImportFile(text, text.length);
    expect(result.ok && result.done).toEqual({ a: Date.UTC(2024, 11, 31, 16) });
  });

  it.each([
    ["a file over 1 MB", fileText({}), MAX_IMPORT_BYTES + 1, "too-large"],
    ["text", "not json at all", 15, "not-json"],
    ["an empty file", "", 0, "not-json"],
    ["another app's JSON", JSON.stringify({ todos: [] }), 12, "wrong-format"],
    ["a list", "[]", 2, "wrong-format"],
    ["a missing version", fileText({ version: undefined }), 100, "wrong-format"],
    ["a version in quotes", fileText({ version: "1" }), 100, "wrong-format"],
    ["a future version", fileText({ version: 3 }), 100, "unsupported-version", "newer-version"],
    ["version 0", fileText({ version: 0 }), 100, "unsupported-version", "unknown-version"],
    [
      "a negative version",
      fileText({ version: -1 }),
      100,
      "unsupported-version",
      "unknown-version",
    ],
    ["done that is not a list", fileText({ done: { a: 1 } }), 100, "wrong-format"],
    ["an entry without an id", fileText({ done: [{ tickedAt: null }] }), 100, "bad-entries"],
    ["an id with spaces", fileText({ done: [{ id: "a b", tickedAt: null }] }), 100, "bad-entries"],
    ["an entry that is a string", fileText({ done: ["a"] }), 100, "bad-entries"],
    [
      "more entries than a curriculum can have",
      fileText({
        done: Array.from({ length: MAX_IMPORT_ENTRIES + 1 }, (_, i) => ({
          id: `x${i}`,
          tickedAt: null,
        })),
      }),
      100,
      "too-many-entries",
    ],
  ])("refuses %s", (_, text, size, reason, detail?: string) => {
    expect(parseImportFile(text, size)).toEqual({ ok: false, reason, ...(detail && { detail }) });
  });

  describe("dates", () => {
    const NOW = Date.UTC(2026, 11, 7, 12);
    const withTime = (tickedAt: unknown) =>
      fileText({
        done: [
          { id: "ok", tickedAt: null },
          { id: "bad", tickedAt },
        ],
      });

    it.each([
      [
        "the last date JavaScript can hold",
        "+275760-09-13T00:00:00.000Z",
        "bad-time",
        "out-of-range",
      ],
      ["a date before 2000", "1999-12-31T23:59:59.999Z", "bad-time", "out-of-range"],
      ["a date more than a year ahead", "2028-01-01T00:00:00.000Z", "bad-time", "out-of-range"],
      ["a negative year", "-000001-01-01T00:00:00Z", "bad-time", "out-of-range"],
      ["30 February", "2025-02-30T00:00:00Z", "bad-time", "not-a-time"],
      ["24 o'clock", "2025-01-01T24:00:00Z", "bad-time", "not-a-time"],
      ["no time zone", "2025-01-01T10:00:00", "bad-time", "not-a-time"],
      ["a date without a time", "2025-01-01", "bad-time", "not-a-time"],
      ["a six-digit year within 2000-9999", "+002025-01-01T00:00:00Z", "bad-time", "not-a-time"],
      ["words", "yesterday", "bad-time", "not-a-time"],
      ["a number", 1_700_000_000_000, "bad-entries"],
      ["an object", { $date: "2025-01-01" }, "bad-entries"],
    ])("refuses the file for %s, naming the entry", (_, tickedAt, reason, detail?: string) => {
      const text = withTime(tickedAt);
      expect(parseImportFile(text, text.length, { now: NOW })).toEqual({
        ok: false,
        reason,
        id: "bad",
        ...(detail && { detail }),
      });
    });

    it.each([
      ["the first instant of 2000", "2000-01-01T00:00:00.000Z", Date.UTC(2000, 0, 1)],
      ["29 February of a leap year", "2024-02-29T12:00:00Z", Date.UTC(2024, 1, 29, 12)],
      ["a time with an offset", "2026-01-01T08:00:00+08:00", Date.UTC(2026, 0, 1)],
      ["a clock running half a year ahead", "2027-06-01T00:00:00Z", Date.UTC(2027, 5, 1)],
    ])("accepts %s", (_, tickedAt, time) => {
      const text = withTime(tickedAt);
      const result = parseImportFile(text, text.length, { now: NOW });
      expect(result.ok && result.done).toEqual({ ok: UNKNOWN_TICK_TIME, bad: time });
    });

    it("reads an implausible export time as unknown rather than refusing the file", () => {
      const text = fileText({ exportedAt: "+275760-09-13T00:00:00.000Z" });
      const result = parseImportFile(text, text.length, { now: NOW });
      expect(result.ok && result.exportedAt).toBeNull();
    });
  });

  describe("ids", () => {
    it("keeps only ids the curriculum can name, and counts the rest", () => {
      const text = fileText({
        done: [
          { id: "backprop", tickedAt: null },
          { id: "rnn", tickedAt: null },
          { id: "old-topic", tickedAt: null },
          { id: "never-existed", tickedAt: null },
          { id: "constructor", tickedAt: null },
        ],
      });
      expect(parseImportFile(text, text.length, { curriculum: curriculumV2 })).toMatchObject({
        ok: true,
        done: { backprop: 0, rnn: 0, "old-topic": 0 },
        dropped: 2,
      });
    });

    const unknownIds = (count: number) =>
      Array.from({ length: count }, (_, i) => ({ id: `unknown-${i}`, tickedAt: null }));

    it("drops 19,000 unknown ids: what is kept is a few bytes, not a megabyte", () => {
      const text = fileText({ done: [{ id: "backprop", tickedAt: null }, ...unknownIds(19_000)] });
      expect(text.length).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
      const result = parseImportFile(text, text.length, { curriculum: curriculumV2 });
      expect(result.ok && result.dropped).toBe(19_000);
      expect(result.ok && JSON.stringify(result.done)).toBe('{"backprop":0}');
    });

    it("refuses 21,000 unknown ids outright, with or without a curriculum", () => {
      const text = fileText({ done: unknownIds(21_000) });
      expect(text.length).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
      for (const options of [{}, { curriculum: curriculumV2 }]) {
        expect(parseImportFile(text, text.length, options)).toEqual({
          ok: false,
          reason: "too-many-entries",
        });
      }
    });

    it("keeps names of the object prototype as plain ids, with no effect on other objects", () => {
      const text = JSON.stringify({
        format: "jiewang-progress",
        version: 1,
        done: [
          { id: "constructor", tickedAt: null },
          { id: "toString", tickedAt: "2025-01-01T00:00:00Z" },
          { id: "hasOwnProperty", tickedAt: null },
        ],
      });
      const hostile = `${text.slice(0, -1)},"__proto__":{"polluted":true}}`;
      const result = parseImportFile(hostile, hostile.length);
      expect(result.ok && Object.keys(result.done).sort()).toEqual([
        "constructor",
        "hasOwnProperty",
        "toString",
      ]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      const proto = JSON.stringify({
        format: "jiewang-progress",
        version: 1,
        done: [{ id: "__proto__", tickedAt: null }],
      });
      expect(parseImportFile(proto, proto.length)).toEqual({ ok: false, reason: "bad-entries" });
    });
  });
});
