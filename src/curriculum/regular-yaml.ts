/**
 * A fast path for regular front matter. YAML parsing is most of a large validation's time, and
 * most of that goes into building `yaml`'s document model, which only the line numbers need.
 * For the plain shape curricula use (block maps and lists, one-line scalars, one-line `[a, b]`
 * lists, comments) this walks the syntax tree of `yaml`'s own parser directly. Anything else
 * (multi-line or block scalars, flow maps, anchors, tags, tabs, misaligned items, duplicate
 * keys…) gives undefined, and the caller uses the full parser, which also words the errors.
 * A differential test checks that whatever this accepts, the full parser accepts with the same
 * value and positions.
 */
import { CST, LineCounter, Parser } from "yaml";
import { scalarAt, type YamlTree } from "./yaml-tree.ts";

export interface RegularYaml {
  readonly value: unknown;
  readonly tree: YamlTree | undefined;
  readonly lines: LineCounter;
}

/** Thrown (one shared instance, no stack) to leave the walk at the first irregular token. */
const IRREGULAR = Object.freeze({ irregular: true });

const TRIVIA = new Set(["space", "newline", "comment"]);

/** The document as a JS value with positions, or undefined when it is not regular. */
export function parseRegularYaml(text: string): RegularYaml | undefined {
  if (text.includes("\t")) return undefined;
  const lines = new LineCounter();
  let document: CST.Document | undefined;
  for (const token of new Parser(lines.addNewLine).parse(text)) {
    if (token.type === "document" && document === undefined) document = token;
    else if (!TRIVIA.has(token.type)) return undefined;
  }
  try {
    const walker = new Walker(text);
    if (!document) return { value: null, tree: undefined, lines };
    walker.trivia(document.start);
    if (document.end) walker.trivia(document.end);
    if (!document.value) return { value: null, tree: undefined, lines };
    if (document.value.type !== "block-map") return undefined;
    const [value, tree] = walker.blockMap(document.value);
    return { value, tree, lines };
  } catch (error) {
    if (error === IRREGULAR) return undefined;
    throw error;
  }
}

type Converted = [unknown, YamlTree];

class Walker {
  constructor(private readonly text: string) {}

  /** 1-based column, as LineCounter gives it. */
  column(offset: number): number {
    return offset - this.text.lastIndexOf("\n", offset - 1);
  }

  /** Spaces, line breaks and comments only; a comment needs white space before it. */
  trivia(tokens: readonly CST.Token[] | undefined): void {
    for (const token of tokens ?? []) {
      if (!TRIVIA.has(token.type)) throw IRREGULAR;
      if (
        token.type === "comment" &&
        token.offset > 0 &&
        !/[ \n]/.test(this.text[token.offset - 1] ?? "")
      ) {
        throw IRREGULAR;
      }
    }
  }

  blockMap(map: CST.BlockMap): Converted {
    const value: Record<string, unknown> = {};
    const entries = new Map<string, { keyOffset: number; value: YamlTree }>();
    let keyColumn = -1;
    for (const item of map.items) {
      if (item.explicitKey || !item.key || !item.sep) throw IRREGULAR;
      this.trivia(item.start);
      const key = item.key;
      if (
        key.type !== "scalar" ||
        !isRegularPlain(key.source) ||
        typePlain(key.source) !== key.source
      )
        throw IRREGULAR;
      // `in` also catches inherited names (constructor, __proto__) and duplicate keys.
      if (key.source in value || key.source === "<<") throw IRREGULAR;
      this.trivia(key.end);
      const column = this.column(key.offset);
      if (keyColumn === -1) keyColumn = column;
      else if (column !== keyColumn) throw IRREGULAR;
      const { newline, emptyAt } = this.separator(item.sep);
      const [entryValue, tree] = this.mapValue(item.value, newline, column, emptyAt);
      value[key.source] = entryValue;
      entries.set(key.source, { keyOffset: key.offset, value: tree });
    }
    return [value, { kind: "map", offset: map.offset, entries }];
  }

  /**
   * `:` then spaces, comments, line breaks. Says whether the value starts on a later line, and
   * where an empty value sits: after the `:` and the spaces that follow it, as `yaml` places it.
   */
  separator(sep: readonly CST.SourceToken[]): { newline: boolean; emptyAt: number } {
    let emptyAt = -1;
    let spacesEnded = false;
    let newline = false;
    for (const token of sep) {
      if (token.type === "map-value-ind" && emptyAt === -1) {
        emptyAt = token.offset + 1;
      } else if (
        token.type === "space" ||
        (emptyAt !== -1 && (token.type === "newline" || token.type === "comment"))
      ) {
        if (token.type === "newline") newline = true;
        if (token.type === "space" && emptyAt !== -1 && !spacesEnded)
          emptyAt = token.offset + token.source.length;
        else if (emptyAt !== -1) spacesEnded = true;
        this.trivia([token]);
      } else throw IRREGULAR;
    }
    if (emptyAt === -1) throw IRREGULAR;
    return { newline, emptyAt };
  }

  mapValue(
    token: CST.Token | undefined,
    newline: boolean,
    keyColumn: number,
    emptyAt: number,
  ): Converted {
    if (!token) return [null, scalarAt(emptyAt)];
    if (token.type === "block-map") {
      if (!newline || this.column(token.offset) <= keyColumn) throw IRREGULAR;
      return this.blockMap(token);
    }
    if (token.type === "block-seq") {
      if (!newline || this.column(token.offset) < keyColumn) throw IRREGULAR;
      return this.blockSeq(token);
    }
    if (newline) throw IRREGULAR;
    return this.inline(token);
  }

  blockSeq(seq: CST.BlockSequence): Converted {
    const values: unknown[] = [];
    const items: YamlTree[] = [];
    let dashColumn = -1;
    for (const item of seq.items) {
      let dash: CST.SourceToken | undefined;
      for (const token of item.start) {
        if (token.type === "seq-item-ind" && !dash) dash = token;
        else if (dash && token.type !== "space") throw IRREGULAR;
        else this.trivia([token]);
      }
      if (!dash) throw IRREGULAR;
      const column = this.column(dash.offset);
      if (dashColumn === -1) dashColumn = column;
      else if (column !== dashColumn) throw IRREGULAR;
      const token = item.value;
      if (!token) throw IRREGULAR;
      const [value, tree] = token.type === "block-map" ? this.blockMap(token) : this.inline(token);
      values.push(value);
      items.push(tree);
    }
    return [values, { kind: "seq", offset: seq.offset, items }];
  }

  /** A one-line scalar or a one-line `[a, b]` list, then trailing trivia. */
  inline(token: CST.Token): Converted {
    if (token.type === "flow-collection") return this.flowSeq(token);
    const value = this.scalar(token);
    if ("end" in token) this.trivia(token.end);
    return [value, scalarAt(token.offset)];
  }

  scalar(token: CST.Token): unknown {
    if (token.type === "scalar") {
      if (!isRegularPlain(token.source)) throw IRREGULAR;
      return typePlain(token.source);
    }
    if (token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar") {
      if (token.source.includes("\n")) throw IRREGULAR;
      let bad = false;
      const resolved = CST.resolveAsScalar(token, true, () => {
        bad = true;
      });
      if (bad || !resolved) throw IRREGULAR;
      return resolved.value;
    }
    throw IRREGULAR;
  }

  flowSeq(flow: CST.FlowCollection): Converted {
    if (flow.start.source !== "[") throw IRREGULAR;
    const [close, ...after] = flow.end;
    if (close?.type !== "flow-seq-end") throw IRREGULAR;
    this.trivia(after);
    const values: unknown[] = [];
    const items: YamlTree[] = [];
    flow.items.forEach((item, index) => {
      if (item.key || item.sep || !item.value) throw IRREGULAR;
      let commas = 0;
      for (const token of item.start) {
        if (token.type === "comma") commas++;
        else if (token.type !== "space") throw IRREGULAR;
      }
      if (commas !== (index === 0 ? 0 : 1)) throw IRREGULAR;
      const value = item.value;
      values.push(this.scalar(value));
      if ("end" in value) {
        for (const token of value.end ?? []) if (token.type !== "space") throw IRREGULAR;
      }
      items.push(scalarAt(value.offset));
    });
    return [values, { kind: "seq", offset: flow.offset, items }];
  }
}

/**
 * A one-line plain scalar that starts as YAML allows: not with an indicator character, and with
 * `-`, `?` or `:` only when a non-space follows.
 */
function isRegularPlain(source: string): boolean {
  if (source.includes("\n")) return false;
  const first = source[0] ?? "";
  if (",[]{}#&*!|>'\"%@`".includes(first)) return false;
  // `-`, `?` and `:` start a plain scalar only when something other than a space follows.
  return !("-?:".includes(first) && (source.length === 1 || source[1] === " "));
}

const WORDS = new Map<string, null | boolean>([
  ["null", null],
  ["Null", null],
  ["NULL", null],
  ["true", true],
  ["True", true],
  ["TRUE", true],
  ["false", false],
  ["False", false],
  ["FALSE", false],
]);

/**
 * A plain scalar's value under the YAML 1.2 core schema, tested in the order `yaml` tests them
 * (null, bool, octal, decimal and hex integers, special floats, exponent floats, floats).
 */
export function typePlain(source: string): unknown {
  if (source === "" || source === "~") return null;
  // Words are strings unless they spell null or a boolean; only numbers start otherwise.
  if (!"-+.0123456789".includes(source[0] ?? "")) {
    return WORDS.has(source) ? WORDS.get(source) : source;
  }
  if (/^0o[0-7]+$/.test(source)) return Number.parseInt(source.slice(2), 8);
  if (/^[-+]?[0-9]+$/.test(source)) return Number.parseInt(source, 10);
  if (/^0x[0-9a-fA-F]+$/.test(source)) return Number.parseInt(source.slice(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(source)) {
    if (source.slice(-3).toLowerCase() === "nan") return Number.NaN;
    return source[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(source))
    return Number.parseFloat(source);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(source)) return Number.parseFloat(source);
  return source;
}
