/**
 * The curriculum compiler's programmatic API (Node only: it reads the folder with `fs`).
 * Everything is synchronous, so tests can call it directly, also under vitest's jsdom
 * environment.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { type CheckResult, checkCurriculum } from "./check.ts";
import { compileCurriculum } from "./compile.ts";
import { readCurriculumFolder, SLOTS_FILE } from "./folder.ts";
import type { Problem } from "./problems.ts";
import { serializeSlotTable } from "./slots.ts";
import type { CompileOutput } from "./types.ts";

export { type CheckedCurriculum, type CheckResult, checkCurriculum } from "./check.ts";
export {
  type CompileOptions,
  type CurriculumSummary,
  compileCurriculum,
  summarize,
} from "./compile.ts";
export { type CurriculumFolder, readCurriculumFolder } from "./folder.ts";
export { NODE_STYLE } from "./layout.ts";
export {
  displayPath,
  formatProblem,
  type Problem,
  type Severity,
  sortProblems,
} from "./problems.ts";
export { assignSlots, serializeSlotTable } from "./slots.ts";

export interface LoadOptions {
  /**
   * Write `slots.json` when topics without a slot got one (default false, so tests never touch
   * their fixtures). `npm run validate` and `npm run build` pass true.
   */
  readonly writeSlots?: boolean;
  /** Compute the graph layout (default true). */
  readonly layout?: boolean;
}

export interface LoadResult {
  /** The compiled curriculum; absent when there is any error. */
  readonly output?: CompileOutput;
  /** Every error and warning, sorted by file and line. Format them with formatProblem. */
  readonly problems: readonly Problem[];
  /** True when this call wrote slots.json. */
  readonly slotsWritten: boolean;
}

/**
 * Reads, validates and compiles the curriculum folder `dir`. Never throws for a bad
 * curriculum: problems come back in `problems` and `output` is then absent.
 *
 * @example
 *   const { output, problems } = loadCurriculumDir("tests/fixtures/curricula/valid");
 *   if (!output) throw new Error(problems.map((p) => formatProblem(p, process.cwd())).join("\n"));
 */
export function loadCurriculumDir(dir: string, options: LoadOptions = {}): LoadResult {
  return compileChecked(checkCurriculum(readCurriculumFolder(dir)), options);
}

/**
 * Compiles the result of checkCurriculum and writes new slots if asked. Lets callers that parse
 * files themselves (the CLI parses on several threads) share the rest of loadCurriculumDir.
 */
export function compileChecked(
  { checked, problems }: CheckResult,
  options: LoadOptions = {},
): LoadResult {
  if (!checked) return { problems, slotsWritten: false };
  const output = compileCurriculum(checked, { layout: options.layout ?? true });
  if (!options.writeSlots || !checked.slots.changed)
    return { output, problems, slotsWritten: false };
  const file = join(checked.dir, SLOTS_FILE);
  try {
    writeFileSync(file, serializeSlotTable(checked.slots.table));
    return { output, problems, slotsWritten: true };
  } catch (error) {
    const warning: Problem = {
      file,
      message: `could not write new slots (${(error as Error).message}); share links may change until it is written`,
      severity: "warning",
    };
    return { output, problems: [...problems, warning], slotsWritten: false };
  }
}
