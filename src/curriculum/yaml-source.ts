import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  visit,
} from "yaml";
import type { ProblemList } from "./problems.ts";

/** A parsed YAML text that remembers where it sits in its file, so problems can name a line. */
export interface YamlSource {
  readonly file: string;
  /** The document as plain JS data (null when empty). */
  readonly value: unknown;
  /** Positions of its keys and items; undefined for an empty document. */
  readonly tree: YamlTree | undefined;
  readonly lines: LineCounter;
  /** Lines of the file before the YAML text (1 for front matter, after the opening `---`). */
  readonly lineOffset: number;
}

/** A YAML path: map keys and sequence indexes from the document root. */
export type YamlPath = readonly (string | number)[];

/**
 * Where things are in a parsed YAML text: the shape of maps and sequences with the offset of
 * every key and item, which is all that problem messages need to name a line.
 */
export type YamlTree =
  | {
      readonly kind: "map";
      readonly offset: number;
      /** Scalar keys as text, in document order, with the offset of the key itself. */
      readonly entries: ReadonlyMap<
        string,
        { readonly keyOffset: number; readonly value: YamlTree }
      >;
    }
  | { readonly kind: "seq"; readonly offset: number; readonly items: readonly YamlTree[] }
  | { readonly kind: "scalar"; readonly offset: number };

/**
 * Parses YAML with line tracking, through `yaml`'s parser, which reports every syntax error with
 * its line. Returns undefined when there was any, so callers never work on a half-understood
 * text.
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
    // One unclosed bracket can give one error per character after it: each distinct error
    // once, and only the first few.
    const seen = new Set<string>();
    for (const error of doc.errors) {
      const line = lines.linePos(error.pos[0]).line + lineOffset;
      const message = `YAML does not parse: ${firstLine(error.message)}`;
      if (seen.has(`${line}:${message}`)) continue;
      if (seen.size === MAX_YAML_ERRORS) {
        problems.error(file, "YAML does not parse: more errors follow; fix these first", line);
        break;
      }
      seen.add(`${line}:${message}`);
      problems.error(file, message, line);
    }
    return undefined;
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // `yaml` refuses to expand aliases past the count (an "alias bomb": a few lines that
    // would grow into gigabytes); that is the file's fault, so it is the file's error.
    const alias = firstAliasOffset(doc);
    problems.error(
      file,
      error instanceof ReferenceError
        ? `YAML aliases (*name) expand too far: at most ${MAX_ALIAS_COUNT} expansions are allowed; write the values out instead`
        : `YAML could not be read: ${firstLine(String((error as Error).message))}`,
      alias === undefined ? undefined : lines.linePos(alias).line + lineOffset,
    );
    return undefined;
  }
  return { file, value, tree: treeOfNode(doc.contents), lines, lineOffset };
}

/** The most YAML syntax errors reported for one file. */
const MAX_YAML_ERRORS = 20;

/** How many alias expansions a document may make (the `yaml` library's own default). */
const MAX_ALIAS_COUNT = 100;

function firstAliasOffset(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

/** The tree of a node of `yaml`'s document model (undefined for an empty document). */
function treeOfNode(node: unknown, fallbackOffset = 0): YamlTree | undefined {
  if (node === null || node === undefined) return undefined;
  const offset = (node as Node).range?.[0] ?? fallbackOffset;
  if (isMap(node)) {
    const entries = new Map<string, { keyOffset: number; value: YamlTree }>();
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const keyOffset = pair.key.range?.[0] ?? offset;
      if (!entries.has(key)) {
        entries.set(key, {
          keyOffset,
          value: treeOfNode(pair.value, keyOffset) ?? scalarAt(keyOffset),
        });
      }
    }
    return { kind: "map", offset, entries };
  }
  if (isSeq(node)) {
    return {
      kind: "seq",
      offset,
      items: node.items.map((item) => treeOfNode(item, offset) ?? scalarAt(offset)),
    };
  }
  return scalarAt(offset);
}

function scalarAt(offset: number): YamlTree {
  return { kind: "scalar", offset };
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
  let node = source.tree;
  let offset = node?.offset;
  for (const step of path) {
    if (node?.kind === "map") {
      const entry = node.entries.get(String(step));
      if (!entry) break;
      offset = entry.keyOffset;
      node = entry.value;
    } else if (node?.kind === "seq" && typeof step === "number") {
      const item = node.items[step];
      if (!item) break;
      offset = item.offset;
      node = item;
    } else {
      break;
    }
  }
  return offset === undefined ? undefined : lineAtOffset(source, offset);
}

/** The tree node at `path`, or undefined. */
export function nodeAt(source: YamlSource, path: YamlPath): YamlTree | undefined {
  let node = source.tree;
  for (const step of path) {
    if (node?.kind === "map") node = node.entries.get(String(step))?.value;
    else if (node?.kind === "seq" && typeof step === "number") node = node.items[step];
    else return undefined;
  }
  return node;
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
  /** The file line the body starts on. */
  readonly bodyLine: number;
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
  const afterClose = end.index + end[0].length;
  const leading = /^[ \t]*\n(?:[ \t]*\n)*/.exec(text.slice(afterClose))?.[0].length ?? 0;
  const body = text.slice(afterClose + leading).trimEnd();
  const bodyLine = countLines(text, afterClose + leading);
  return { yaml: text.slice(start, end.index), body, bodyLine };
}

/** The 1-based line of a character offset. */
function countLines(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf("\n"); at !== -1 && at < offset; at = text.indexOf("\n", at + 1)) {
    line++;
  }
  return line;
}

/** Drops a byte-order mark and turns CRLF/CR line endings into LF. */
export function normaliseNewlines(text: string): string {
  const noMark = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noMark.includes("\r") ? noMark.replace(/\r\n?/g, "\n") : noMark;
}
