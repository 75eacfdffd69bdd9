/**
 * How deeply a Markdown body nests its blocks (block quotes and list items inside each other),
 * found line by line without parsing: the renderer walks the tree recursively, so a body of
 * thousands of nested `>` must be refused here, by the validator, before it reaches the build.
 * The count is an upper bound: every `>` and list marker at a line's start is a level, and so
 * is every two columns of indentation (a nested list item sits at least two columns in).
 * Fenced code is skipped: its lines are text, not blocks.
 */

export interface DeepBlock {
  /** 0-based line within the text. */
  readonly line: number;
  readonly depth: number;
}

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;
const FENCE = /^(`{3,}|~{3,})/;

/** The first line nesting deeper than `limit`, or undefined when every line stays within it. */
export function firstTooDeep(markdown: string, limit: number): DeepBlock | undefined {
  let fence: string | undefined;
  let line = 0;
  for (let start = 0; start <= markdown.length; line++) {
    const lineEnd = markdown.indexOf("\n", start);
    const end = lineEnd === -1 ? markdown.length : lineEnd;
    const { depth, rest } = containers(markdown, start, end, limit);
    const opening = FENCE.exec(rest)?.[1];
    if (fence !== undefined) {
      const closes =
        opening !== undefined &&
        opening[0] === fence[0] &&
        opening.length >= fence.length &&
        isBlank(rest, opening);
      if (closes) {
        fence = undefined;
      }
    } else if (depth > limit) {
      return { line, depth };
    } else if (opening !== undefined) {
      fence = opening;
    }
    if (lineEnd === -1) break;
    start = lineEnd + 1;
  }
  return undefined;
}

/** The nesting at the start of one line, counted up to just past `limit`, and what follows. */
function containers(text: string, start: number, end: number, limit: number) {
  let depth = 0;
  let columns = 0;
  let at = start;
  while (at < end && depth <= limit) {
    const char = text[at];
    if (char === " " || char === "\t") {
      columns += char === "\t" ? 4 : 1;
      at++;
      for (; columns >= 2; columns -= 2) depth++;
      continue;
    }
    columns = 0;
    if (char === ">") {
      depth++;
      at++;
      continue;
    }
    const marker = LIST_MARKER.exec(text.slice(at, Math.min(end, at + 11)));
    if (!marker) break;
    depth++;
    // The space after a marker belongs to the marker.
    at += marker[0].length + 1;
  }
  return { depth, rest: text.slice(at, end) };
}

function isBlank(rest: string, fence: string): boolean {
  return rest.slice(fence.length).trim() === "";
}
