import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CurriculumFolder, readCurriculumFolder } from "../../../src/curriculum/folder";
import { parseSourceFile } from "../../../src/curriculum/parse-files";
import { parseFilesInParallel } from "../../../src/curriculum/parallel-parse";
import { startParseWorkers } from "../../../src/curriculum/parse-pool";
import { fixture, memoryFolder, topicText } from "./fixtures";

/** 40 topics and their translations; every seventh topic has a bad `hours`. */
function topicFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < 40; i++) {
    files[`topics/t${i}.md`] = topicText(
      `t${i}`,
      i % 7 === 0 ? "hours: -1" : `requires: [t${Math.max(0, i - 1)}]`,
    );
    files[`topics/t${i}.fr.md`] = "---\ntitle: T\n---\n";
  }
  return files;
}

async function expectSameAsOneByOne(folder: CurriculumFolder) {
  const parallel = await parseFilesInParallel(folder.topicFiles, startParseWorkers(80, 0, 1));
  expect([...parallel.keys()].sort()).toEqual(folder.topicFiles.map((file) => file.path).sort());
  for (const file of folder.topicFiles) {
    expect(parallel.get(file.path)).toEqual(parseSourceFile(file));
  }
  expect([...parallel.values()].filter((result) => result.problems.length > 0)).toHaveLength(6);
}

describe("parseFilesInParallel", () => {
  it("gives the same results as parsing file by file, problems included", async () => {
    const root = mkdtempSync(join(tmpdir(), "jiewang-parallel-"));
    try {
      for (const [name, text] of Object.entries(topicFiles())) {
        mkdirSync(join(root, "topics"), { recursive: true });
        writeFileSync(join(root, name), text);
      }
      await expectSameAsOneByOne(readCurriculumFolder(root));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("parses a worker's share itself when the worker fails (here: it cannot read the files)", async () => {
    await expectSameAsOneByOne(memoryFolder(topicFiles()));
  });

  it("starts workers from the TypeScript sources that read and parse real files", async () => {
    const [worker] = startParseWorkers(1, 0, 1);
    const topics = fixture("valid/topics");
    const paths = ["intro.md", "intro.en.md", "combined.md"].map((name) => join(topics, name));
    const parsed = await worker?.parse(paths);
    expect(parsed).toEqual(
      paths.map((path) => parseSourceFile({ path, text: readFileSync(path, "utf8") })),
    );
  }, 30_000);
});
