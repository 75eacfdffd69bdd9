import fc from "fast-check";
import {
  buildExportFileV2,
  MAX_NOTE_LENGTH,
  type ProgressForExport,
  parseImportFile,
} from "../../../src/progress/export-file";
import { UNKNOWN_TICK_TIME } from "../../../src/progress/progress-state";
import { curriculumV2 } from "../../fixtures/progress/curricula";

const NOW = Date.UTC(2026, 11, 7, 12);
const day = (n: number) => Date.UTC(2026, 0, 1) + n * 86_400_000;

const progress: ProgressForExport = {
  curriculumTitle: "结网",
  marks: {
    backprop: { kind: "done", at: day(3) },
    "linear-models": { kind: "known", at: day(1) },
    attention: { kind: "in-progress", at: day(5) },
    "legacy-tick": { kind: "done", at: UNKNOWN_TICK_TIME },
  },
  notes: {
    backprop: { text: "Chain rule, line by line.\nSee p. 42 <b>not bold</b>", at: day(4) },
    "old-topic": { text: "Kept after the topic was removed", at: day(2) },
    attention: { text: "", at: day(6) },
  },
  reviews: {
    backprop: [
      { at: day(10), result: "forgot" },
      { at: day(6), result: "remembered" },
      { at: day(12), result: "remembered", implicit: true },
    ],
  },
};

function roundTrip(input: ProgressForExport, options = {}) {
  const text = JSON.stringify(buildExportFileV2(input, NOW));
  return parseImportFile(text, text.length, { now: NOW, ...options });
}

describe("export file version 2", () => {
  it("writes marks with times, notes and reviews, marked topics first by time", () => {
    expect(buildExportFileV2(progress, NOW)).toEqual({
      format: "jiewang-progress",
      version: 2,
      curriculum: "结网",
      exportedAt: "2026-12-07T12:00:00.000Z",
      topics: [
        { id: "legacy-tick", mark: "done", markedAt: null },
        { id: "linear-models", mark: "known", markedAt: "2026-01-02T00:00:00.000Z" },
        {
          id: "backprop",
          mark: "done",
          markedAt: "2026-01-04T00:00:00.000Z",
          note: "Chain rule, line by line.\nSee p. 42 <b>not bold</b>",
          noteAt: "2026-01-05T00:00:00.000Z",
          reviews: [
            { at: "2026-01-07T00:00:00.000Z", result: "remembered" },
            { at: "2026-01-11T00:00:00.000Z", result: "forgot" },
            { at: "2026-01-13T00:00:00.000Z", result: "remembered", implicit: true },
          ],
        },
        { id: "attention", mark: "in-progress", markedAt: "2026-01-06T00:00:00.000Z" },
        {
          id: "old-topic",
          note: "Kept after the topic was removed",
          noteAt: "2026-01-03T00:00:00.000Z",
        },
      ],
    });
  });

  it("reads back what it wrote; done holds done and known topics, not those in progress", () => {
    const result = roundTrip(progress);
    expect(result).toEqual({
      ok: true,
      version: 2,
      curriculum: "结网",
      exportedAt: NOW,
      dropped: 0,
      done: { "legacy-tick": UNKNOWN_TICK_TIME, "linear-models": day(1), backprop: day(3) },
      marks: progress.marks,
      notes: { backprop: progress.notes?.backprop, "old-topic": progress.notes?.["old-topic"] },
      reviews: {
        backprop: [
          { at: day(6), result: "remembered" },
          { at: day(10), result: "forgot" },
          { at: day(12), result: "remembered", implicit: true },
        ],
      },
    });
  });

  it("keeps a removed topic's note and drops what the curriculum never had", () => {
    const result = roundTrip(
      { ...progress, notes: { ...progress.notes, "never-was": { text: "x", at: day(1) } } },
      { curriculum: curriculumV2 },
    );
    expect(result.ok && Object.keys(result.notes).sort()).toEqual(["backprop", "old-topic"]);
    // legacy-tick and never-was are not in curriculumV2's history.
    expect(result.ok && result.dropped).toBe(2);
  });

  it("cuts a note to the limit when writing and keeps one exactly at the limit", () => {
    const long = "🐟".repeat(MAX_NOTE_LENGTH + 5);
    const file = buildExportFileV2(
      { curriculumTitle: "T", marks: {}, notes: { a: { text: long, at: day(1) } } },
      NOW,
    );
    expect(Array.from(file.topics[0]?.note ?? "").length).toBe(MAX_NOTE_LENGTH);
    const text = JSON.stringify(file);
    const result = parseImportFile(text, new TextEncoder().encode(text).length, { now: NOW });
    expect(result.ok && result.notes.a?.text).toBe("🐟".repeat(MAX_NOTE_LENGTH));
  });

  it("round-trips any marks, notes and reviews (fast-check)", () => {
    const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/);
    const time = fc.oneof(
      fc.constant(UNKNOWN_TICK_TIME),
      fc.integer({ min: Date.UTC(2000, 0, 1), max: NOW }),
    );
    const realTime = fc.integer({ min: Date.UTC(2000, 0, 1), max: NOW });
    const mark = fc.record({ kind: fc.constantFrom("done", "known", "in-progress"), at: time });
    const note = fc.record({
      text: fc.string({ minLength: 1, maxLength: 50, unit: "grapheme" }),
      at: time,
    });
    const review = fc.record({
      at: realTime,
      result: fc.constantFrom("remembered", "forgot"),
    });
    fc.assert(
      fc.property(
        fc.dictionary(id, mark, { maxKeys: 20 }),
        fc.dictionary(id, note, { maxKeys: 20 }),
        fc.dictionary(
          id,
          fc.uniqueArray(review, { minLength: 1, maxLength: 5, selector: (r) => r.at }),
          {
            maxKeys: 10,
          },
        ),
        (marks, notes, reviews) => {
          const input = { curriculumTitle: "T", marks, notes, reviews } as ProgressForExport;
          const result = roundTrip(input);
          if (!result.ok) throw new Error(result.reason);
          expect(result.marks).toEqual(marks);
          expect(result.notes).toEqual(notes);
          for (const [topic, events] of Object.entries(reviews)) {
            expect(result.reviews[topic]).toEqual([...events].sort((a, b) => a.at - b.at));
          }
        },
      ),
      { seed: 16, numRuns: 200 },
    );
  });

  describe("refuses, naming the entry", () => {
    const file = (topic: Record<string, unknown>) =>
      JSON.stringify({
        format: "jiewang-progress",
        version: 2,
        curriculum: "T",
        exportedAt: "2026-01-01T00:00:00.000Z",
        topics: [
          { id: "fine", mark: "done", markedAt: null },
          { id: "bad", ...topic },
        ],
      });

    it.each([
      ["an unknown mark", { mark: "mastered", markedAt: null }, "bad-entries"],
      ["a mark without its time field", { mark: "done" }, "bad-entries"],
      ["a time without a mark", { markedAt: "2026-01-01T00:00:00Z" }, "bad-entries"],
      [
        "a mark time in the year 275760",
        { mark: "known", markedAt: "+275760-09-13T00:00:00.000Z" },
        "bad-time",
        "out-of-range",
      ],
      ["a note that is not text", { note: ["a"], noteAt: null }, "bad-note"],
      [
        "a note over the limit",
        { note: "x".repeat(MAX_NOTE_LENGTH + 1), noteAt: null },
        "bad-note",
      ],
      ["a note without its time field", { note: "hi" }, "bad-entries"],
      [
        "a note time before 2000",
        { note: "hi", noteAt: "1999-01-01T00:00:00Z" },
        "bad-time",
        "out-of-range",
      ],
      ["reviews that are not a list", { reviews: { at: "2026-01-01T00:00:00Z" } }, "bad-entries"],
      [
        "a review with an unknown result",
        { reviews: [{ at: "2026-01-01T00:00:00Z", result: "meh" }] },
        "bad-entries",
      ],
      [
        "a review without a time",
        { reviews: [{ at: null, result: "forgot" }] },
        "bad-time",
        "not-a-time",
      ],
      [
        "a review on 30 February",
        { reviews: [{ at: "2026-02-30T00:00:00Z", result: "forgot" }] },
        "bad-time",
        "not-a-time",
      ],
      [
        "a mark time without a time zone",
        { mark: "done", markedAt: "2026-03-01T10:00:00" },
        "bad-time",
        "not-a-time",
      ],
      [
        "a review with implicit as text",
        { reviews: [{ at: "2026-01-01T00:00:00Z", result: "forgot", implicit: "yes" }] },
        "bad-entries",
      ],
    ])("%s", (_, topic, reason, detail?: string) => {
      const text = file(topic);
      expect(parseImportFile(text, text.length, { now: NOW })).toEqual({
        ok: false,
        reason,
        id: "bad",
        ...(detail && { detail }),
      });
    });

    it("a topic listed twice", () => {
      const text = JSON.stringify({
        format: "jiewang-progress",
        version: 2,
        topics: [
          { id: "a", mark: "done", markedAt: null },
          { id: "a", mark: "known", markedAt: null },
        ],
      });
      expect(parseImportFile(text, text.length, { now: NOW })).toEqual({
        ok: false,
        reason: "bad-entries",
        id: "a",
      });
    });

    it("a version-2 file with a version-1 list", () => {
      const text = JSON.stringify({ format: "jiewang-progress", version: 2, done: [] });
      expect(parseImportFile(text, text.length)).toEqual({ ok: false, reason: "wrong-format" });
    });
  });
});
