import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readCurriculumFolder, readInside } from "../../../src/curriculum/folder";

describe("reading a curriculum folder", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "jiewang-folder-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ["an empty file", ""],
    ["a small file with multi-byte text", "---\ntitle: 残差连接 ✓\n---\n"],
    ["a file larger than a read buffer", "字".repeat(120_000)],
  ])("reads %s exactly", (_, text) => {
    const file = join(dir, "a.md");
    writeFileSync(file, text);
    const read = readInside(file, 1024 * 1024);
    expect(read.ok && read.bytes.toString("utf8")).toBe(readFileSync(file, "utf8"));
  });

  it("reads the topic files sorted, skipping hidden and non-Markdown files", () => {
    const topics = join(dir, "topics");
    mkdirSync(topics);
    writeFileSync(join(dir, "curriculum.yaml"), "title: T\n");
    for (const name of ["b.md", "a.en.md", "a.md", ".draft.md", "notes.txt"]) {
      writeFileSync(join(topics, name), `text of ${name}`);
    }
    const folder = readCurriculumFolder(dir);
    expect(folder.topicFiles.map((file) => [file.path, file.text])).toEqual([
      [join(topics, "a.en.md"), "text of a.en.md"],
      [join(topics, "a.md"), "text of a.md"],
      [join(topics, "b.md"), "text of b.md"],
    ]);
    expect(folder.config?.text).toBe("title: T\n");
    expect(folder.refused).toEqual([]);
    expect(readCurriculumFolder(join(dir, "missing")).exists).toBe(false);
  });
});
