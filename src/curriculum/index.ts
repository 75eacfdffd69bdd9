/**
 * The curriculum compiler's programmatic API (Node only: it reads the folder with `fs`).
 * Everything is synchronous, so tests can call it directly, also under vitest's jsdom
 * environment.
 */
import { type CheckResult, checkCurriculum } from "./check.ts";
import { compileCurriculum } from "./compile.ts";
import { readCurriculumFolder } from "./folder.ts";
import type { Problem } from "./problems.ts";
import { writeNewSlots } from "./slots-file.ts";
import type { CompileOutput } from "./types.ts";

export { type CheckedCurriculum, type CheckResult, checkCurriculum } from "./check.ts";
export { type CompileOptions, compileCurriculum } from "./compile.ts";
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
export { writeNewSlots } from "./slots-file.ts";
export { type CurriculumSummary, summarize } from "./summary.ts";

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

/** Compiles the result of checkCurriculum and writes new slots if asked. */
export function compileChecked(
  { checked, problems }: CheckResult,
  options: LoadOptions = {},
): LoadResult {
  if (!checked) return { problems, slotsWritten: false };
  const output = compileCurriculum(checked, { layout: options.layout ?? true });
  if (!options.writeSlots) return { output, problems, slotsWritten: false };
  const { written, warning } = writeNewSlots(checked);
  return { output, problems: warning ? [...problems, warning] : problems, slotsWritten: written };
}
