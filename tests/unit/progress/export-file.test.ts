import {
  buildExportFile,
  exportFileName,
  MAX_IMPORT_BYTES,
  parseImportFile,
} from "../../../src/progress/export-file";
import { UNKNOWN_TICK_TIME } from "../../../src/progress/progress-state";

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
    ["a future version", fileText({ version: 2 }), 100, "unsupported-version"],
    ["done that is not a list", fileText({ done: { a: 1 } }), 100, "wrong-format"],
    ["an entry without an id", fileText({ done: [{ tickedAt: null }] }), 100, "bad-entries"],
    ["an id with spaces", fileText({ done: [{ id: "a b", tickedAt: null }] }), 100, "bad-entries"],
    [
      "a time that is not ISO",
      fileText({ done: [{ id: "a", tickedAt: "yesterday" }] }),
      100,
      "bad-entries",
    ],
    ["a time as a number", fileText({ done: [{ id: "a", tickedAt: 5 }] }), 100, "bad-entries"],
    ["an entry that is a string", fileText({ done: ["a"] }), 100, "bad-entries"],
  ])("refuses %s", (_, text, size, reason) => {
    expect(parseImportFile(text, size)).toEqual({ ok: false, reason });
  });
});
