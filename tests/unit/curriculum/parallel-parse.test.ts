import { parseSourceFile } from "../../../src/curriculum/parse-files";
import { parseFilesInParallel } from "../../../src/curriculum/parallel-parse";
import { startParseWorkers } from "../../../src/curriculum/parse-pool";
import { memoryFolder, topicText } from "./fixtures";

describe("parseFilesInParallel", () => {
  it("gives the same results as parsing file by file, problems included", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) {
      files[`topics/t${i}.md`] = topicText(
        `t${i}`,
        i % 7 === 0 ? "hours: -1" : `requires: [t${Math.max(0, i - 1)}]`,
      );
      files[`topics/t${i}.fr.md`] = "---\ntitle: T\n---\n";
    }
    const folder = memoryFolder(files);
    const parallel = await parseFilesInParallel(folder.topicFiles, startParseWorkers(80, 0));
    expect([...parallel.keys()].sort()).toEqual(folder.topicFiles.map((file) => file.path).sort());
    for (const file of folder.topicFiles) {
      expect(parallel.get(file.path)).toEqual(parseSourceFile(file));
    }
    expect([...parallel.values()].filter((result) => result.problems.length > 0)).toHaveLength(6);
  });
});
