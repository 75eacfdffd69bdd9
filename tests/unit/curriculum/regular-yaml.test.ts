import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import * as fc from "fast-check";
import { LineCounter, parseDocument } from "yaml";
import { ProblemList } from "../../../src/curriculum/problems";
import { parseRegularYaml } from "../../../src/curriculum/regular-yaml";
import { normaliseNewlines, splitFrontMatter } from "../../../src/curriculum/yaml-source";
import { treeOfNode } from "../../../src/curriculum/yaml-tree";

/** What the full parser makes of a text: errors, value, positions. */
function full(text: string) {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  return {
    errors: doc.errors,
    value: doc.toJS(),
    tree: treeOfNode(doc.contents),
    lineStarts: lines.lineStarts,
  };
}

/** The fast path may refuse anything, but whatever it accepts must match the full parser. */
function expectAgreement(text: string): boolean {
  const fast = parseRegularYaml(text);
  if (!fast) return false;
  const reference = full(text);
  expect(reference.errors).toEqual([]);
  expect(fast.value).toEqual(reference.value);
  expect(fast.tree).toEqual(reference.tree);
  expect(fast.lines.lineStarts).toEqual(reference.lineStarts);
  return true;
}

/** The YAML texts of a curriculum folder: curriculum.yaml and every topic's front matter. */
function yamlTexts(dir: string): [string, string][] {
  const read = (path: string) => normaliseNewlines(readFileSync(path, "utf8"));
  const topics = readdirSync(join(dir, "topics")).map((name): [string, string] => {
    const path = join(dir, "topics", name);
    return [path, splitFrontMatter(path, read(path), new ProblemList())?.yaml ?? ""];
  });
  return [[join(dir, "curriculum.yaml"), read(join(dir, "curriculum.yaml"))], ...topics];
}

describe("the fast path for regular front matter", () => {
  it.each(["curriculum", "tests/fixtures/curricula/valid"])(
    "takes every YAML text of %s and agrees with the full parser",
    (dir) => {
      const texts = yamlTexts(resolve(__dirname, "../../..", dir));
      expect(texts.length).toBeGreaterThan(5);
      for (const [, text] of texts) expect(expectAgreement(text)).toBe(true);
    },
  );

  it.each([
    [
      "a topic",
      "id: a\ntitle: 残差连接\nsection: s\nrequires:\n  - b\n  - anyOf: [c, d]\nhours: 6\nsource: article\n",
    ],
    [
      "scalar types",
      "n: 42\nneg: -7\nf: 3.50\ne: 1e3\nhex: 0x1F\noct: 0o17\nt: true\nF: False\nz: null\nt2: ~\ninf: -.Inf\nnan: .nan\nver: 1.2.3\n",
    ],
    ["quoted text", "a: 'it''s'\nb: \"tab\\tand \\u00e9\"\nc: \"2048\"\nd: 'x: y # z'\n"],
    ["comments and blank lines", "# head\na: 1 # one\n\n# between\nb:\n  # inside\n  - x # item\n"],
    ["empty values", "a:\nb: []\nc: ''\n"],
    [
      "nested resources",
      "resources:\n  - title: T\n    kind: book\n    url: https://example.org/a?b=c#d\n    year: 2016\n  - title: U\n    kind: paper\n",
    ],
    ["a list at the key's column", "aliases:\n- x\n- y\n"],
    ["keys with spaces and colons in values", "a key: value:with colon\nurl: http://x.y\n"],
  ])("takes %s and agrees with the full parser", (_, text) => {
    expect(expectAgreement(text)).toBe(true);
  });

  it.each([
    ["an unclosed list", "title: [unclosed\nsection: main\n"],
    ["a misaligned key", "a: 1\n b: 2\n"],
    ["a compact nested map", "a: b: c\n"],
    ["a misaligned list item", "req:\n  - a\n - b\n"],
    ["an empty list item", "a: [x, , y]\n"],
    ["a comment without a space", 'a: x #c\nb: "y"#d\n'],
    ["a duplicate key", "a: 1\na: 2\n"],
    ["a tab", "a:\t1\n"],
    ["a flow map", "a: {x: 1}\n"],
    ["an anchor and an alias", "a: &x 1\nb: *x\n"],
    ["a tag", "a: !!str 5\n"],
    ["a block scalar", "a: |\n  text\n"],
    ["a multi-line plain scalar", "a: one\n  two\n"],
    ["a trailing comma", "a: [x,]\n"],
    ["a nested list", "a:\n  - - x\n"],
    ["a list on the key's line", "a: - x\n"],
    ["an explicit key", "? a\n: 1\n"],
    ["a numeric key", "1: one\n"],
    ["an inherited name as key", "constructor: 1\n"],
    ["a merge key", "<<: 1\n"],
    ["a bad escape", 'a: "\\q"\n'],
    ["a key starting with an indicator", ",id: 1\n"],
    ["a value starting with an indicator", "a: %x\n"],
    ["an empty list item", "a:\n  - \n"],
  ])("leaves %s to the full parser", (_, text) => {
    expect(parseRegularYaml(text)).toBeUndefined();
  });

  it("agrees with the full parser on random near-regular documents", { timeout: 60_000 }, () => {
    const key = fc.constantFrom("id", "title", "a", "b", "a key", "x1", "anyOf", "t");
    const inline = fc.constantFrom(
      "plain",
      "42",
      "-0",
      "3.5",
      "1e3",
      "0x1F",
      "0o17",
      "true",
      "FALSE",
      "null",
      "~",
      ".inf",
      ".NaN",
      "1.2.3",
      "中文",
      "'q''s'",
      '"d\\u00e9"',
      '"bad \\q"',
      "@at",
      "`x",
      "[1, b]",
      "[a, [b]]",
      "{a: 1}",
      "[a,]",
      "[ a ]",
      "[a, b",
      "*y",
      "&y x",
      "!!str 5",
      "|",
      "a: b",
      "x # c",
      "x#c",
      "http://a.b/c?d",
      "[]",
      "'open",
      '"open',
      // Indicator characters inside values, which plain scalars may hold in block context.
      "x]",
      "a, b",
      "a [b] c",
      "x}",
      "?x",
      "-x",
      "- x",
      "x:",
      "a - b",
      "it's",
      'say "hi"',
      "'a: b # c'",
      '"x\\"y"',
      "'q'#c",
      '"d" # c',
      "[?x]",
      "[a:b]",
      "[-x, y]",
      "[a b, c]",
      "[ ]",
      "[a] x",
      "x #",
    );
    const entry = (depth: number): fc.Arbitrary<string[]> =>
      fc.oneof(
        fc.tuple(key, inline).map(([k, v]) => [`${k}: ${v}`]),
        fc
          .tuple(key, fc.array(inline, { minLength: 1, maxLength: 3 }))
          .map(([k, vs]) => [`${k}:`, ...vs.map((v) => `  - ${v}`)]),
        fc.tuple(key, key, inline).map(([k, k2, v]) => [`${k}:`, `  - ${k2}: ${v}`]),
        // A list at its key's column; a list item holding a map of two keys.
        fc.tuple(key, inline).map(([k, v]) => [`${k}:`, `- ${v}`]),
        fc
          .tuple(key, key, inline, key, inline)
          .map(([k, k2, v, k3, v3]) => [`${k}:`, `  - ${k2}: ${v}`, `    ${k3}: ${v3}`]),
        // A list under a key of a map inside a list item, deeper or at that key's column.
        fc
          .tuple(key, key, inline, fc.constantFrom("    ", "      "))
          .map(([k, k2, v, indent]) => [`${k}:`, `  - ${k2}:`, `${indent}- ${v}`]),
        fc.constantFrom<string[]>(["# a comment"], [""], ["   "]),
        depth > 0
          ? fc
              .tuple(key, fc.array(entry(depth - 1), { minLength: 1, maxLength: 3 }))
              .map(([k, es]) => [`${k}:`, ...es.flat().map((line) => `  ${line}`)])
          : fc.tuple(key).map(([k]) => [`${k}:`]),
      );
    const glitch = fc.tuple(
      fc.nat(),
      fc.constantFrom(
        ...["", " ", "\t", ":", "-", "#", "[", "]", ",", "\n", "'", '"', "  ", "\n  ", "\r"],
        ...[" # c", "\n# c\n", "\ufeff", "\u2028", "{", "}", "&", "*", "!", "|", ">", "?", "%"],
      ),
      fc.boolean(),
    );
    const documents = fc
      .tuple(fc.array(entry(2), { minLength: 1, maxLength: 5 }), fc.array(glitch, { maxLength: 2 }))
      .map(([entries, glitches]) => {
        let text = `${entries.flat().join("\n")}\n`;
        for (const [at, insert, remove] of glitches) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(remove ? i + 1 : i);
        }
        return text;
      });
    let accepted = 0;
    // Single entries without glitches test each value form on its own, in every position.
    let acceptedSingles = 0;
    fc.assert(
      fc.property(entry(1), (lines) => {
        if (expectAgreement(`${lines.join("\n")}\n`)) acceptedSingles++;
      }),
      { numRuns: 3000, seed: 20261130 },
    );
    expect(acceptedSingles).toBeGreaterThan(1000);
    fc.assert(
      fc.property(documents, (text) => {
        if (expectAgreement(text)) accepted++;
      }),
      { numRuns: 5000, seed: 20261129 },
    );
    // The property is only worth something if the fast path takes a fair share of them.
    expect(accepted).toBeGreaterThan(500);
  });
});
