import { isAbsolute, relative } from "node:path";

export type Severity = "error" | "warning";

/**
 * One thing wrong with a curriculum folder. Every check adds to a list instead of throwing, so a
 * single run reports every problem at once.
 */
export interface Problem {
  /** Absolute path of the file the problem is in. */
  readonly file: string;
  /** 1-based line in that file, when known. */
  readonly line?: number;
  readonly message: string;
  readonly severity: Severity;
}

/** Collects problems while the checks run. */
export class ProblemList {
  readonly items: Problem[] = [];

  error(file: string, message: string, line?: number): void {
    this.items.push({ file, line, message, severity: "error" });
  }

  warning(file: string, message: string, line?: number): void {
    this.items.push({ file, line, message, severity: "warning" });
  }

  get hasErrors(): boolean {
    return this.items.some((p) => p.severity === "error");
  }
}

/** Problems in reading order: by file, then line (problems without a line first), then message. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      compareText(a.message, b.message),
  );
}

/**
 * Formats a problem as `PATH:LINE: message` (`:LINE` only when known), with PATH relative to
 * `relativeTo` (forward slashes) or left absolute when `relativeTo` is omitted.
 */
export function formatProblem(problem: Problem, relativeTo?: string): string {
  const path =
    relativeTo === undefined ? escapeControls(problem.file) : displayPath(problem.file, relativeTo);
  const where = problem.line === undefined ? path : `${path}:${problem.line}`;
  return `${where}: ${escapeControls(problem.message)}`;
}

/**
 * A path as shown to the user: relative to `base` when inside or near it, with `/` separators,
 * control characters escaped.
 */
export function displayPath(file: string, base: string): string {
  const rel = relative(base, file);
  if (rel === "" || isAbsolute(rel)) return rel === "" ? "." : escapeControls(file);
  return escapeControls(rel.split("\\").join("/"));
}

/**
 * Control characters (C0, DEL, C1) and the bidirectional-override marks, written as escapes
 * (`\x1b`, `\u202e`): text from a curriculum must not drive the terminal or a CI log that shows
 * it, or break one message into several lines.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x100
      ? `\\x${code.toString(16).padStart(2, "0")}`
      : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** An error (or anything thrown) as one escaped line, for messages: never a stack trace. */
export function oneLine(value: unknown): string {
  const text = value instanceof Error ? `${value.name}: ${value.message}` : String(value);
  const first = text.split("\n")[0] ?? "";
  return escapeControls(first.length > 200 ? `${first.slice(0, 200)}…` : first);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
