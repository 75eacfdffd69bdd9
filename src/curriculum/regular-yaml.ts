/**
 * A fast path for regular front matter. YAML parsing is most of a large validation's time, and
 * `yaml`'s character-by-character tokenizer is most of that. For the plain shape curricula use
 * (block maps and lists, one-line scalars, one-line `[a, b]` lists, comments) this reads the text
 * line by line instead. It accepts only a deliberately narrow form: anything else (multi-line or
 * block scalars, flow maps, anchors, tags, tabs, misaligned items, duplicate keys, unusual keys…)
 * gives undefined, and the caller uses the full parser, which also words the errors.
 * A differential test checks that whatever this accepts, the full parser accepts with the same
 * value and positions.
 */
import { CST, LineCounter } from "yaml";
import { isRegularPlain, typePlain } from "./plain-scalar.ts";
import { scalarAt, type YamlTree } from "./yaml-tree.ts";

export interface RegularYaml {
  readonly value: unknown;
  readonly tree: YamlTree | undefined;
  readonly lines: LineCounter;
}

/** Thrown (one shared instance, no stack) to leave the reading at the first irregular line. */
const IRREGULAR = Object.freeze({ irregular: true });

/** Tabs, carriage returns, other control characters, byte-order marks, Unicode line breaks. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its job
const IRREGULAR_CHARACTER = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;

/**
 * Keys the fast path reads: ASCII words, with spaces, dots and hyphens inside. Keys that read as
 * numbers, booleans or null are refused separately (see `key`).
 */
const KEY = /^[A-Za-z0-9_](?:[A-Za-z0-9_ .-]*[A-Za-z0-9_.-])?$/;

/** What may follow a value on its line: spaces, or at least one space and a comment. */
const LINE_REST = /^(?: *| +#.*)$/;

const SPACE = 32;
const HASH = 35;

type Converted = [unknown, YamlTree];

/** The document as a JS value with positions, or undefined when it is not regular. */
export function parseRegularYaml(text: string): RegularYaml | undefined {
  if (IRREGULAR_CHARACTER.test(text)) return undefined;
  // The same line starts as `yaml`'s parser records: 0, then after every line break.
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) {
    lines.addNewLine(at + 1);
  }
  const reader = new LineReader(text);
  if (reader.done) return { value: null, tree: undefined, lines };
  if (reader.indent !== 0) return undefined;
  try {
    const [value, tree] = reader.blockMap();
    return reader.done ? { value, tree, lines } : undefined;
  } catch (error) {
    if (error === IRREGULAR) return undefined;
    throw error;
  }
}

/**
 * Walks the lines that hold content (blank and comment-only lines are skipped), keeping the
 * current one's bounds. `indent` is the column where the current node starts, which inside a
 * list item (`- key: value`) is the column after the dash.
 */
class LineReader {
  done = false;
  /** Offset of the current node's first character. */
  start = 0;
  /** Offset of the current line's end (its line break, or the end of the text). */
  end = 0;
  indent = 0;

  constructor(private readonly text: string) {
    this.nextLine(0);
  }

  /** A block map whose keys sit at the current column. */
  blockMap(): Converted {
    const column = this.indent;
    const offset = this.start;
    const value: Record<string, unknown> = {};
    const entries = new Map<string, { keyOffset: number; value: YamlTree }>();
    while (!this.done && this.indent === column) {
      const keyOffset = this.start;
      const colon = this.keyEnd(keyOffset);
      if (colon === -1) throw IRREGULAR;
      const key = this.text.slice(keyOffset, colon);
      // `in` also catches inherited names (constructor, __proto__) and duplicate keys.
      if (typePlain(key) !== key || key in value) throw IRREGULAR;
      const at = this.skipSpaces(colon + 1);
      let entry: Converted;
      if (at === this.end || this.text.charCodeAt(at) === HASH) {
        // An empty value sits after the `:` and the spaces that follow it, as `yaml` places it.
        this.nextLine(this.end + 1);
        entry = this.nested(column) ?? [null, scalarAt(at)];
      } else {
        entry = this.inline(at);
        this.nextLine(this.end + 1);
      }
      value[key] = entry[0];
      entries.set(key, { keyOffset, value: entry[1] });
    }
    if (!this.done && this.indent > column) throw IRREGULAR;
    return [value, { kind: "map", offset, entries }];
  }

  /** A block sequence whose dashes sit at the current column. */
  blockSeq(): Converted {
    const column = this.indent;
    const offset = this.start;
    const values: unknown[] = [];
    const items: YamlTree[] = [];
    while (!this.done && this.indent === column && this.isDash()) {
      const at = this.skipSpaces(this.start + 1);
      if (at === this.end || this.text.charCodeAt(at) === HASH) throw IRREGULAR;
      let item: Converted;
      if (this.keyEnd(at) !== -1) {
        // `- key: value`: a map whose keys sit at the column after the dash.
        this.indent += at - this.start;
        this.start = at;
        item = this.blockMap();
      } else {
        item = this.inline(at);
        this.nextLine(this.end + 1);
      }
      values.push(item[0]);
      items.push(item[1]);
    }
    if (!this.done && this.indent > column) throw IRREGULAR;
    return [values, { kind: "seq", offset, items }];
  }

  /** The block under a key with no value on its line, or undefined when there is none. */
  private nested(keyColumn: number): Converted | undefined {
    if (this.done || this.indent < keyColumn) return undefined;
    // A list may sit at its key's column; a map must be indented further.
    if (this.isDash()) return this.blockSeq();
    if (this.indent === keyColumn) return undefined;
    return this.blockMap();
  }

  /** A scalar or a `[a, b]` list from `at` to the end of the line, then at most a comment. */
  private inline(at: number): Converted {
    const first = this.text[at];
    if (first === "[") return this.flowSeq(at);
    if (first === "'" || first === '"') return [this.quoted(at), scalarAt(at)];
    const comment = this.text.indexOf(" #", at);
    let end = comment !== -1 && comment < this.end ? comment : this.end;
    while (this.text.charCodeAt(end - 1) === SPACE) end--;
    const source = this.text.slice(at, end);
    // `a: b: c` and a trailing `:` would make a nested map.
    if (!isRegularPlain(source) || source.includes(": ") || source.endsWith(":")) throw IRREGULAR;
    return [typePlain(source), scalarAt(at)];
  }

  /** A one-line quoted scalar, resolved by `yaml` itself when it holds escapes. */
  private quoted(at: number): string {
    const quote = this.text[at];
    let close = at + 1;
    for (; close < this.end; close++) {
      const char = this.text[close];
      if (char === "\\" && quote === '"') close++;
      else if (char === quote) {
        if (quote === "'" && this.text[close + 1] === "'") close++;
        else break;
      }
    }
    if (close >= this.end) throw IRREGULAR;
    this.expectLineRest(close + 1);
    const source = this.text.slice(at, close + 1);
    const inner = source.slice(1, -1);
    if (!inner.includes(quote === "'" ? "'" : "\\")) return inner;
    const type = quote === "'" ? "single-quoted-scalar" : "double-quoted-scalar";
    let bad = false;
    const token: CST.FlowScalar = { type, offset: at, indent: 0, source };
    const resolved = CST.resolveAsScalar(token, true, () => {
      bad = true;
    });
    if (bad || !resolved) throw IRREGULAR;
    return resolved.value;
  }

  /** `[a, b]` on one line, of plain items that hold no indicator characters. */
  private flowSeq(at: number): Converted {
    const close = this.text.indexOf("]", at);
    if (close === -1 || close >= this.end) throw IRREGULAR;
    this.expectLineRest(close + 1);
    const inner = this.text.slice(at + 1, close);
    if (/[[\]{}'"#:]/.test(inner)) throw IRREGULAR;
    const values: unknown[] = [];
    const items: YamlTree[] = [];
    if (inner.trim() !== "") {
      let itemStart = at + 1;
      for (const part of inner.split(",")) {
        const leading = part.length - part.trimStart().length;
        const source = part.trim();
        if (!isRegularPlain(source)) throw IRREGULAR;
        values.push(typePlain(source));
        items.push(scalarAt(itemStart + leading));
        itemStart += part.length + 1;
      }
    }
    return [values, { kind: "seq", offset: at, items }];
  }

  /** Where the `:` of a regular `key:` starting at `at` is, or -1 when there is none. */
  private keyEnd(at: number): number {
    const colon = this.text.indexOf(":", at);
    if (colon === -1 || colon >= this.end) return -1;
    const after = colon + 1;
    if (after < this.end && this.text.charCodeAt(after) !== SPACE) return -1;
    return KEY.test(this.text.slice(at, colon)) ? colon : -1;
  }

  /** The current node is a list item: a dash, then a space or the end of the line. */
  private isDash(): boolean {
    if (this.text[this.start] !== "-") return false;
    const after = this.start + 1;
    return after === this.end || this.text.charCodeAt(after) === SPACE;
  }

  private skipSpaces(from: number): number {
    let at = from;
    while (at < this.end && this.text.charCodeAt(at) === SPACE) at++;
    return at;
  }

  private expectLineRest(from: number): void {
    if (!LINE_REST.test(this.text.slice(from, this.end))) throw IRREGULAR;
  }

  /** Moves to the first line from `from` on that holds content, or sets `done`. */
  private nextLine(from: number): void {
    let lineStart = from;
    while (lineStart < this.text.length) {
      const lineBreak = this.text.indexOf("\n", lineStart);
      const end = lineBreak === -1 ? this.text.length : lineBreak;
      let at = lineStart;
      while (at < end && this.text.charCodeAt(at) === SPACE) at++;
      if (at < end && this.text.charCodeAt(at) !== HASH) {
        this.start = at;
        this.end = end;
        this.indent = at - lineStart;
        return;
      }
      lineStart = end + 1;
    }
    this.done = true;
  }
}
