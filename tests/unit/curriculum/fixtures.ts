import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type CurriculumFolder, displayPath, type Problem } from "../../../src/curriculum/index";
import { FIXTURE_DIR, memoryCurriculumFolder } from "../../fixtures/curriculum-factory";

/** Absolute path of a fixture curriculum under tests/fixtures/curricula. */
export function fixture(...parts: string[]): string {
  return resolve(__dirname, "../../fixtures/curricula", ...parts);
}

/** A problem as the tests compare it: path relative to the fixture folder. */
export function relativeProblem(problem: Problem, dir: string) {
  return { file: displayPath(problem.file, dir), line: problem.line, message: problem.message };
}

/** Copies a fixture into a temporary folder (for tests that write slots.json); removed by `done`. */
export function copyFixture(...parts: string[]): { dir: string; done: () => void } {
  const root = mkdtempSync(join(tmpdir(), "jiewang-curriculum-"));
  const dir = join(root, "curriculum");
  cpSync(fixture(...parts), dir, { recursive: true });
  return { dir, done: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * A curriculum folder held in memory (path -> text, relative to the folder), for checks that
 * need many generated files. `curriculum.yaml` defaults to one section `main`, language `en`.
 */
export function memoryFolder(files: Record<string, string>): CurriculumFolder {
  return memoryCurriculumFolder({
    "curriculum.yaml": "title: Memory\nlanguages: [en]\nsections:\n  - id: main\n    title: Main\n",
    ...files,
  });
}

/** A minimal topic file in section `main`, with extra front-matter lines. */
export function topicText(id: string, ...extra: string[]): string {
  return [
    "---",
    `id: ${id}`,
    `title: ${id}`,
    "section: main",
    "source: article",
    ...extra,
    "---",
    "",
  ].join("\n");
}

export const MEMORY_ROOT = FIXTURE_DIR;
