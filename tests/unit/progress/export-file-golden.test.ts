/**
 * Golden export files: files an earlier "Export" wrote. A learner may keep one for years, so
 * every release must read each of them back to the same done topics and tick times.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseImportFile } from "../../../src/progress/export-file";

const DIR = "tests/fixtures/export-files";

interface Expected {
  readonly curriculum: string;
  readonly exportedAt: number;
  readonly done: Record<string, number>;
  /** Version 2 files: the full records. */
  readonly marks?: Record<string, unknown>;
  readonly notes?: Record<string, unknown>;
  readonly reviews?: Record<string, unknown>;
}

const expected = JSON.parse(readFileSync(join(DIR, "expected.json"), "utf8")) as {
  readonly files: Record<string, Expected>;
};

describe("golden export files", () => {
  it("cover at least two version-1 files and a version-2 file", () => {
    const names = Object.keys(expected.files);
    expect(names.filter((name) => name.startsWith("v1-")).length).toBeGreaterThanOrEqual(2);
    expect(names.filter((name) => name.startsWith("v2-")).length).toBeGreaterThanOrEqual(1);
  });

  it.each(Object.entries(expected.files))(
    "%s reads back to its done set and times",
    (file, want) => {
      const text = readFileSync(join(DIR, file), "utf8");
      const result = parseImportFile(text, new TextEncoder().encode(text).length);
      if (!result.ok) throw new Error(`${file} refused: ${result.reason}`);
      expect(result.done).toEqual(want.done);
      expect(result.curriculum).toBe(want.curriculum);
      expect(result.exportedAt).toBe(want.exportedAt);
      if (want.marks) expect(result.marks).toEqual(want.marks);
      if (want.notes) expect(result.notes).toEqual(want.notes);
      if (want.reviews) expect(result.reviews).toEqual(want.reviews);
    },
  );
});
