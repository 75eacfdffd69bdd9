import { checkCurriculum } from "../../../src/curriculum/index";
import { MEMORY_ROOT, memoryFolder, relativeProblem, topicText } from "./fixtures";

const TWO_LANGUAGES =
  "title: T\nlanguages: [zh, en]\nsections:\n  - id: main\n    title: {zh: 主, en: Main}\n";

/** Errors (file, line, message) of a folder given as path -> text. */
function errorsOf(files: Record<string, string>) {
  return checkCurriculum(memoryFolder(files))
    .problems.filter((p) => p.severity === "error")
    .map((p) => relativeProblem(p, MEMORY_ROOT));
}

interface FieldCase {
  case: string;
  files: Record<string, string>;
  errors: { file: string; line: number | undefined; message: string }[];
}

const cases: FieldCase[] = [
  {
    case: "a misspelt field inside a resource",
    files: {
      "topics/a.md": topicText(
        "a",
        "resources:",
        "  - titel: Book",
        "    title: Book",
        "    kind: book",
      ),
    },
    errors: [
      {
        file: "topics/a.md",
        line: 7,
        message: "unknown field 'titel' in resources[0] — did you mean 'title'?",
      },
    ],
  },
  {
    case: "a misspelt anyOf, reported once",
    files: {
      "topics/a.md": topicText("a", "requires:", "  - anyof: [b]"),
      "topics/b.md": topicText("b"),
    },
    errors: [
      {
        file: "topics/a.md",
        line: 7,
        message: "unknown field 'anyof' in requires[0] — did you mean 'anyOf'?",
      },
    ],
  },
  {
    case: "a field far from every known one",
    files: { "topics/a.md": topicText("a", "difficulty: 3") },
    errors: [
      {
        file: "topics/a.md",
        line: 6,
        message:
          "unknown field 'difficulty' (allowed: id, title, section, summary, requires, recommends, hours, optional, source, aliases, resources, noFreeResource)",
      },
    ],
  },
  {
    case: "a requires item that is neither an id nor a group",
    files: { "topics/a.md": topicText("a", "requires:", "  - 42") },
    errors: [
      {
        file: "topics/a.md",
        line: 7,
        message: "'requires[0]' must be a topic id or a group such as '- anyOf: [a, b]' (got 42)",
      },
    ],
  },
  {
    case: "hours given as text",
    files: { "topics/a.md": topicText("a", "hours: '6'") },
    errors: [
      { file: "topics/a.md", line: 6, message: "'hours' must be a positive number (got '6')" },
    ],
  },
  {
    case: "a fractional year",
    files: {
      "topics/a.md": topicText(
        "a",
        "resources:",
        "  - title: B",
        "    kind: book",
        "    year: 2016.5",
      ),
    },
    errors: [
      {
        file: "topics/a.md",
        line: 9,
        message: "'resources[0].year' must be a whole number (got 2016.5)",
      },
    ],
  },
  {
    case: "a url with another scheme",
    files: {
      "topics/a.md": topicText(
        "a",
        "resources:",
        "  - title: B",
        "    kind: book",
        "    url: ftp://example.org/b",
      ),
    },
    errors: [
      {
        file: "topics/a.md",
        line: 9,
        message:
          "'resources[0].url' must be an http:// or https:// URL (got 'ftp://example.org/b')",
      },
    ],
  },
  {
    case: "an unknown source",
    files: { "topics/a.md": topicText("a").replace("source: article", "source: blog") },
    errors: [
      {
        file: "topics/a.md",
        line: 5,
        message: "'source' must be 'article' or 'extension' (got 'blog')",
      },
    ],
  },
  {
    case: "a requirement naming a former id",
    files: {
      "topics/a.md": topicText("a", "aliases: [old-a]"),
      "topics/b.md": topicText("b", "requires: [old-a]"),
    },
    errors: [
      {
        file: "topics/b.md",
        line: 6,
        message: "requires 'old-a' names no topic — it is a former id of 'a'; name the current id",
      },
    ],
  },
  {
    case: "a requirement with a typo",
    files: {
      "topics/neural-networks.md": topicText("neural-networks"),
      "topics/b.md": topicText("b", "requires: [nueral-networks]"),
    },
    errors: [
      {
        file: "topics/b.md",
        line: 6,
        message: "requires 'nueral-networks' names no topic — did you mean 'neural-networks'?",
      },
    ],
  },
  {
    case: "an alias used by two topics",
    files: {
      "topics/a.md": topicText("a", "aliases: [old]"),
      "topics/b.md": topicText("b", "aliases: [old]"),
    },
    errors: [
      {
        file: "topics/b.md",
        line: 6,
        message: "id 'old' is used twice: it is an alias here and in topics/a.md",
      },
    ],
  },
  {
    case: "an unknown field in curriculum.yaml",
    files: {
      "curriculum.yaml": "title: T\nlanguage: [en]\nsections:\n  - id: main\n    title: Main\n",
      "topics/a.md": topicText("a"),
    },
    errors: [
      {
        file: "curriculum.yaml",
        line: 2,
        message: "unknown field 'language' — did you mean 'languages'?",
      },
      { file: "curriculum.yaml", line: 1, message: "missing required field 'languages'" },
    ],
  },
  {
    case: "a section title without the primary language",
    files: {
      "curriculum.yaml":
        "title: T\nlanguages: [zh, en]\nsections:\n  - id: main\n    title: {en: Main}\n",
      "topics/a.md": topicText("a"),
      "topics/a.en.md": "---\ntitle: A\n---\n",
    },
    errors: [
      {
        file: "curriculum.yaml",
        line: 5,
        message: "'sections[0].title' has no 'zh' text (the primary language)",
      },
    ],
  },
  {
    case: "a section id used twice",
    files: {
      "curriculum.yaml":
        "title: T\nlanguages: [en]\nsections:\n  - id: main\n    title: A\n  - id: main\n    title: B\n",
      "topics/a.md": topicText("a"),
    },
    errors: [{ file: "curriculum.yaml", line: 6, message: "section id 'main' is used twice" }],
  },
  {
    case: "a translation with a topic-only field",
    files: {
      "curriculum.yaml": TWO_LANGUAGES,
      "topics/a.md": topicText("a"),
      "topics/a.en.md": "---\ntitle: A\nhours: 3\n---\n",
    },
    errors: [
      {
        file: "topics/a.en.md",
        line: 3,
        message: "unknown field 'hours' (allowed: title, summary)",
      },
    ],
  },
  {
    case: "a translation in the primary language",
    files: {
      "curriculum.yaml": TWO_LANGUAGES,
      "topics/a.md": topicText("a"),
      "topics/a.en.md": "---\ntitle: A\n---\n",
      "topics/a.zh.md": "---\ntitle: A\n---\n",
    },
    errors: [
      {
        file: "topics/a.zh.md",
        line: undefined,
        message: "'zh' is the primary language: this text belongs in topics/a.md",
      },
    ],
  },
  {
    case: "a file name with two dots",
    files: { "topics/a.md": topicText("a"), "topics/a.en.old.md": "---\ntitle: A\n---\n" },
    errors: [
      {
        file: "topics/a.en.old.md",
        line: undefined,
        message: "file name must be <id>.md (a topic) or <id>.<lang>.md (its translation)",
      },
    ],
  },
];

describe("field checks", () => {
  it.each(cases)("reports $case", ({ files, errors }) => {
    expect(errorsOf(files)).toEqual(expect.arrayContaining(errors));
    expect(errorsOf(files)).toHaveLength(errors.length);
  });

  it("accepts CRLF line endings, a byte-order mark and a title written as a number", () => {
    const text = `\uFEFF${topicText("a").replace("title: a", "title: 2048")}`.replace(
      /\n/g,
      "\r\n",
    );
    const { checked, problems } = checkCurriculum(memoryFolder({ "topics/a.md": text }));
    expect(problems).toEqual([]);
    expect(checked?.topics[0]?.title).toBe("2048");
  });

  it("keeps reporting other files when one cannot be parsed, without knock-on errors", () => {
    const errors = errorsOf({
      "topics/a.md": "---\nid: a\ntitle: [\n---\n",
      "topics/b.md": topicText("b", "requires: [a]"),
      "topics/c.md": topicText("c", "hours: -1"),
    });
    expect(errors.map((e) => e.file)).toEqual(["topics/a.md", "topics/c.md"]);
  });
});
