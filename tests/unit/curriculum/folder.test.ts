import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listTopicFiles, readCurriculumFolder, readText } from "../../../src/curriculum/folder";

describe("reading a curriculum folder", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "jiewang-folder-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ["an empty file", ""],
    ["a small file with multi-byte text", "---\ntitle: 残差连接 ✓\n---\n"],
    ["a file larger than the read buffer", "字".repeat(120_000)],
  ])("reads %s exactly", (_, text) => {
    const file = join(dir, "a.md");
    writeFileSync(file, text);
    expect(readText(file)).toBe(readFileSync(file, "utf8"));
  });

  it("lists the topic files sorted, skipping hidden and non-Markdown files", () => {
    const topics = join(dir, "topics");
    mkdirSync(topics);
    for (const name of ["b.md", "a.en.md", "a.md", ".draft.md", "notes.txt"]) {
      writeFileSync(join(topics, name), "");
    }
    expect(listTopicFiles(dir)).toEqual(["a.en.md", "a.md", "b.md"]);
    expect(listTopicFiles(join(dir, "missing"))).toEqual([]);
  });

  it("reads the topic files it is given, or lists them itself", () => {
    const topics = join(dir, "topics");
    mkdirSync(topics);
    writeFileSync(join(dir, "curriculum.yaml"), "title: T\n");
    for (const name of ["a.md", "b.md"]) writeFileSync(join(topics, name), `text of ${name}`);
    const listed = readCurriculumFolder(dir).topicFiles;
    expect(listed.map((file) => [file.path, file.text])).toEqual([
      [join(topics, "a.md"), "text of a.md"],
      [join(topics, "b.md"), "text of b.md"],
    ]);
    const given = readCurriculumFolder(dir, ["b.md"]).topicFiles;
    expect(given.map((file) => [file.path, file.text])).toEqual([
      [join(topics, "b.md"), "text of b.md"],
    ]);
  });
});
