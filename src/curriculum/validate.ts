/**
 * The validator's run: checks the folder, records new slots, prints the problems or the
 * summary, returns the exit code.
 */
import { relative, resolve } from "node:path";
import { checkCurriculum } from "./check.ts";
import { readCurriculumFolder } from "./folder.ts";
import { displayPath, formatProblem } from "./problems.ts";
import { writeNewSlots } from "./slots-file.ts";
import { summarize } from "./summary.ts";

/**
 * Validates `dir`, printing paths relative to `base`: every error on stdout as
 * `PATH:LINE: message` (exit code 1), or a one-line summary (0); warnings on stderr.
 */
export function validateFolder(dir: string, base: string): number {
  const { checked, problems: found } = checkCurriculum(readCurriculumFolder(dir));
  const slots = checked ? writeNewSlots(checked) : { written: false };
  const problems = slots.warning ? [...found, slots.warning] : found;
  for (const problem of problems) {
    if (problem.severity === "warning") console.error(`warning: ${formatProblem(problem, base)}`);
  }
  if (!checked) {
    const errors = problems.filter((problem) => problem.severity === "error");
    for (const problem of errors) console.log(formatProblem(problem, base));
    const count = `${errors.length} error${errors.length === 1 ? "" : "s"}`;
    console.error(`${count} in ${folderLabel(dir, base)}`);
    return 1;
  }
  if (slots.written) {
    console.error(`${displayPath(resolve(dir, "slots.json"), base)}: gave new topics their slots`);
  }
  const { topics, edges, sections, hours } = summarize(checked);
  const rounded = Math.round(hours * 10) / 10;
  console.log(
    `${folderLabel(dir, base)}: ${topics} topics, ${edges} edges, ${sections} sections, ${rounded} hours`,
  );
  return 0;
}

/** `curriculum/` for a folder under the base directory, else its path as given by `relative`. */
function folderLabel(dir: string, base: string): string {
  if (relative(base, dir) === "") return "./";
  return `${displayPath(dir, base)}/`;
}
