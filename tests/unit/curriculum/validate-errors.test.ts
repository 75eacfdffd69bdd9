import { loadCurriculumDir } from "../../../src/curriculum/index";
import { fixture, relativeProblem } from "./fixtures";

// One tiny curriculum per error kind (interface.md §2), each with exactly one fault: the run
// must report that fault, in the right file and line, and nothing else.
const cases: { kind: string; file: string; line?: number; message: RegExp }[] = [
  {
    kind: "yaml-syntax",
    file: "topics/a.md",
    line: 4,
    message: /^YAML does not parse: Flow sequence/,
  },
  {
    kind: "missing-field",
    file: "topics/a.md",
    line: 2,
    message: /^missing required field 'section'$/,
  },
  {
    kind: "unknown-field",
    file: "topics/b.md",
    line: 6,
    message: /^unknown field 'requries' — did you mean 'requires'\?$/,
  },
  {
    kind: "id-not-kebab",
    file: "topics/Big_Topic.md",
    line: 2,
    message: /^id 'Big_Topic' is not lowercase kebab-case/,
  },
  {
    kind: "id-file-mismatch",
    file: "topics/a.md",
    line: 2,
    message: /^id 'alpha' differs from the file name 'a\.md'/,
  },
  {
    kind: "id-duplicate-alias",
    file: "topics/b.md",
    line: 6,
    message: /^id 'a' is used twice: it is an alias here and the id of topics\/a\.md$/,
  },
  {
    kind: "unknown-requires",
    file: "topics/a.md",
    line: 6,
    message: /^requires 'nowhere' names no topic$/,
  },
  {
    kind: "unknown-any-of",
    file: "topics/b.md",
    line: 7,
    message: /^anyOf 'nowhere' names no topic$/,
  },
  {
    kind: "unknown-recommends",
    file: "topics/a.md",
    line: 6,
    message: /^recommends 'nowhere' names no topic$/,
  },
  { kind: "empty-any-of", file: "topics/a.md", line: 7, message: /^anyOf is empty/ },
  {
    kind: "self-requirement",
    file: "topics/a.md",
    line: 6,
    message: /^topic requires itself \('a'\)$/,
  },
  { kind: "cycle", file: "topics/a.md", line: 6, message: /^cycle in requires: a -> b -> c -> a$/ },
  {
    kind: "optional-required",
    file: "topics/b.md",
    line: 6,
    message: /^non-optional topic requires optional topic 'a'/,
  },
  {
    kind: "unknown-section",
    file: "topics/a.md",
    line: 4,
    message: /^unknown section 'mian' — did you mean 'main'\?$/,
  },
  {
    kind: "unknown-goal",
    file: "curriculum.yaml",
    line: 3,
    message: /^goal 'nowhere' names no topic$/,
  },
  {
    kind: "bad-hours",
    file: "topics/a.md",
    line: 6,
    message: /^'hours' must be a positive number \(got 0\)$/,
  },
  {
    kind: "bad-url",
    file: "topics/a.md",
    line: 9,
    message:
      /^'resources\[0\]\.url' must be an http:\/\/ or https:\/\/ URL \(got 'javascript:alert\(1\)'\)$/,
  },
  {
    kind: "bad-kind",
    file: "topics/a.md",
    line: 8,
    message: /^'resources\[0\]\.kind' is not a known resource kind \(got 'blog'\)/,
  },
  {
    kind: "orphan-translation",
    file: "topics/gone.zh.md",
    message: /^translation of a topic that does not exist: there is no topics\/gone\.md$/,
  },
  {
    kind: "unlisted-language",
    file: "topics/a.fr.md",
    message: /^language 'fr' is not in curriculum\.yaml's languages \(en\)$/,
  },
  { kind: "no-front-matter", file: "topics/a.md", line: 1, message: /^no front matter/ },
  {
    kind: "unclosed-front-matter",
    file: "topics/a.md",
    line: 1,
    message: /^front matter is never closed/,
  },
  { kind: "missing-config", file: "curriculum.yaml", message: /^file not found/ },
  {
    kind: "bad-slots",
    file: "slots.json",
    message: /^slot of 'a' must be a whole number ≥ 0 \(got -1\)$/,
  },
];

describe("validator error kinds", () => {
  it.each(cases)("reports $kind in $file", ({ kind, file, line, message }) => {
    const dir = fixture("errors", kind);
    const { output, problems } = loadCurriculumDir(dir);
    const errors = problems
      .filter((p) => p.severity === "error")
      .map((p) => relativeProblem(p, dir));
    expect(output).toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toEqual({ file, line, message: expect.stringMatching(message) });
  });

  it("reports every fault of a folder with several, in one run", () => {
    const dir = fixture("errors", "many-faults");
    const { output, problems } = loadCurriculumDir(dir);
    expect(output).toBeUndefined();
    expect(problems.map((p) => relativeProblem(p, dir))).toEqual([
      { file: "curriculum.yaml", line: 3, message: "goal 'finish' names no topic" },
      { file: "topics/a.md", line: 6, message: "cycle in requires: a -> b -> a" },
      { file: "topics/a.md", line: 7, message: "'hours' must be a positive number (got 'lots')" },
      { file: "topics/c.md", line: 4, message: "unknown section 'elsewhere' (sections: main)" },
      { file: "topics/c.md", line: 6, message: "unknown field 'titel' — did you mean 'title'?" },
      {
        file: "topics/d.md",
        line: 8,
        message: expect.stringMatching(
          /^'resources\[0\]\.kind' is not a known resource kind \(got 'blog'\)/,
        ),
      },
      {
        file: "topics/d.md",
        line: 9,
        message: "'resources[0].url' must be an http:// or https:// URL (got 'data:text/html,hi')",
      },
    ]);
  });
});
