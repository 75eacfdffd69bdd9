import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
} from "yaml";
import type { ProblemList } from "./problems.ts";

/** A parsed YAML text that remembers where it sits in its file, so problems can name a line. */
export interface YamlSource {
  readonly file: string;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
  /** Lines of the file before the YAML text (1 for front matter, after the opening `---`). */
  readonly lineOffset: number;
}

/** A YAML path: map keys and sequence indexes from the document root. */
export type YamlPath = readonly (string | number)[];

/**
 * Parses YAML with line tracking. Reports every syntax error (with its line) and returns
 * undefined when there was any, so callers never work on a half-understood document.
 */
export function parseYaml(
  file: string,
  text: string,
  lineOffset: number,
  problems: ProblemList,
): YamlSource | undefined {
  const lines = new LineCounter();
  // prettyErrors adds code excerpts over several lines; messages must stay one line each.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = lines.linePos(error.pos[0]).line + lineOffset;
      problems.error(file, `YAML does not parse: ${firstLine(error.message)}`, line);
    }
    return undefined;
  }
  return { file, doc, lines, lineOffset };
}

/** The file line of a character offset within the YAML text. */
export function lineAtOffset(source: YamlSource, offset: number): number {
  return source.lines.linePos(offset).line + source.lineOffset;
}

/**
 * The line of the deepest node along `path` that exists: the key's line for a map entry, the
 * item's line for a sequence item. Falls back to the parent when the path ends in a missing key.
 */
export function lineOf(source: YamlSource, path: YamlPath): number | undefined {
  let node: unknown = source.doc.contents;
  let offset = rangeStart(node);
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(step));
      if (!pair) break;
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof step === "number") {
      const item = node.items[step];
      if (item === undefined) break;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset === undefined ? undefined : lineAtOffset(source, offset);
}

/** The node at `path` (value side), or undefined. */
export function nodeAt(source: YamlSource, path: YamlPath): unknown {
  if (path.length === 0) return source.doc.contents;
  return source.doc.getIn(path, true);
}

/** The text of a scalar map key (keys that are maps or lists give undefined). */
export function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

function firstLine(message: string): string {
  const end = message.indexOf("\n");
  return (end === -1 ? message : message.slice(0, end)).trim();
}

export interface FrontMatter {
  /** The YAML text between the `---` lines. */
  readonly yaml: string;
  /** The Markdown after the closing line, without surrounding blank lines. */
  readonly body: string;
}

/**
 * Splits `---` front matter from the Markdown body. Reports a file that does not open with a
 * `---` line or never closes it. Expects `\n` line endings (see normaliseNewlines).
 */
export function splitFrontMatter(
  file: string,
  text: string,
  problems: ProblemList,
): FrontMatter | undefined {
  const open = /^---[ \t]*(?:\n|$)/.exec(text);
  if (!open) {
    problems.error(
      file,
      "no front matter: the file must start with a line '---', then the fields, then another '---'",
      1,
    );
    return undefined;
  }
  const start = open[0].length;
  const close = /^(?:---|\.\.\.)[ \t]*$/gm;
  close.lastIndex = start;
  const end = close.exec(text);
  if (!end) {
    problems.error(file, "front matter is never closed: add a line '---' after the fields", 1);
    return undefined;
  }
  const body = text.slice(end.index + end[0].length).replace(/^[ \t]*\n/, "");
  return { yaml: text.slice(start, end.index), body: trimBlankLines(body) };
}

/** Drops a byte-order mark and turns CRLF/CR line endings into LF. */
export function normaliseNewlines(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

function trimBlankLines(text: string): string {
  return text.replace(/^(?:[ \t]*\n)+/, "").trimEnd();
}
