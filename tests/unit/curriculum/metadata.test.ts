import { describe, expect, it } from "vitest";
import { checkCurriculum, compileCurriculum } from "../../../src/curriculum/index";
import { MAX_INTRO_BYTES, MAX_TITLE_CHARS } from "../../../src/curriculum/limits";
import { withIntro } from "../../../src/curriculum/virtual-code";
import { MEMORY_ROOT, memoryFolder, topicText } from "./fixtures";

// curriculum.yaml's `source:` and `intro:`: the work a curriculum is drawn from and the About
// page's introduction. Each case writes a config with one fault and expects exactly that error.

const HEAD = "title: Memory\nlanguages: [en, zh]\nsections:\n  - id: main\n    title: Main\n";

function check(extra: string) {
  const folder = memoryFolder({
    "curriculum.yaml": HEAD + extra,
    "topics/a.md": `${topicText("a")}Body.\n`,
    "topics/a.zh.md": "---\ntitle: 甲\n---\n",
  });
  return checkCurriculum(folder);
}

function errors(extra: string): string[] {
  return check(extra)
    .problems.filter((problem) => problem.severity === "error")
    .map(
      (problem) =>
        `${problem.file.replace(`${MEMORY_ROOT}/`, "")}:${problem.line}: ${problem.message}`,
    );
}

describe("curriculum.yaml source and intro", () => {
  it("compiles a full source and a per-language intro", () => {
    const result = check(
      [
        "source:",
        "  title: {en: The article, zh: 原文}",
        "  author: A. Writer",
        "  url: https://example.org/post",
        "  date: 2024-07-30",
        "intro:",
        "  en: An *intro*.",
        "  zh: 简介。",
        "",
      ].join("\n"),
    );
    expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
    const output = compileCurriculum(result.checked as NonNullable<typeof result.checked>, {
      layout: false,
    });
    expect(output.curriculum.source).toEqual({
      title: { en: "The article", zh: "原文" },
      author: "A. Writer",
      url: "https://example.org/post",
      date: "2024-07-30",
    });
    // The compiler keeps Markdown; the build renders it into the curriculum.
    expect(output.intro).toEqual({ en: "An *intro*.", zh: "简介。" });
    expect(output.curriculum.intro).toBeUndefined();
    const rendered = withIntro(output, (markdown, lang) => `<p lang="${lang}">${markdown}</p>`);
    expect(rendered.intro).toEqual({
      en: '<p lang="en">An *intro*.</p>',
      zh: '<p lang="zh">简介。</p>',
    });
  });

  it("needs only the source's title, and neither field at all", () => {
    expect(errors("source:\n  title: Only a title\n")).toEqual([]);
    const output = compileCurriculum(
      check("").checked as NonNullable<ReturnType<typeof check>["checked"]>,
      { layout: false },
    );
    expect(output.curriculum.source).toBeUndefined();
    expect(output.intro).toBeUndefined();
  });

  it("reports an unknown field inside source at its line", () => {
    expect(errors("source:\n  title: T\n  link: https://example.org\n")).toEqual([
      "curriculum.yaml:8: unknown field 'link' in source (allowed: title, author, url, date)",
    ]);
  });

  it("reports an unknown top-level field with a hint", () => {
    expect(errors("intra: Hello\n")).toEqual([
      "curriculum.yaml:6: unknown field 'intra' — did you mean 'intro'?",
    ]);
  });

  it("refuses a url that is not http(s)", () => {
    expect(errors("source:\n  title: T\n  url: javascript:alert(1)\n")).toEqual([
      "curriculum.yaml:8: 'source.url' must be an http:// or https:// URL (got 'javascript:alert(1)')",
    ]);
  });

  it("refuses a date not written YYYY-MM-DD, or one that does not exist", () => {
    expect(errors("source:\n  title: T\n  date: 30.07.2024\n")).toEqual([
      "curriculum.yaml:8: 'source.date' must be a real date written YYYY-MM-DD (got '30.07.2024')",
    ]);
    expect(errors("source:\n  title: T\n  date: 2024-02-30\n")).toEqual([
      "curriculum.yaml:8: 'source.date' must be a real date written YYYY-MM-DD (got '2024-02-30')",
    ]);
  });

  it("requires the source's title, and a map", () => {
    expect(errors("source:\n  author: Someone\n")).toEqual([
      "curriculum.yaml:6: missing required field 'source.title'",
    ]);
    expect(errors("source: Just text\n")[0]).toMatch(
      /^curriculum\.yaml:6: 'source' must be a map such as \{title: …, url: …\}/,
    );
  });

  it("keeps the title limit and the intro limit", () => {
    const long = "x".repeat(MAX_TITLE_CHARS + 1);
    expect(errors(`source:\n  title: ${long}\n`)).toEqual([
      `curriculum.yaml:7: 'source.title' must be at most ${MAX_TITLE_CHARS} characters (got ${MAX_TITLE_CHARS + 1})`,
    ]);
    const huge = "y".repeat(MAX_INTRO_BYTES + 1);
    expect(errors(`intro: ${huge}\n`)[0]).toMatch(
      /^curriculum\.yaml:6: 'intro' must be at most 512 KB/,
    );
  });

  it("checks the intro's languages like any per-language text", () => {
    expect(errors("intro:\n  en: Hello\n  fr: Bonjour\n")).toEqual([
      "curriculum.yaml:8: 'intro' has language 'fr', which is not in languages (en, zh)",
    ]);
    expect(errors("intro:\n  zh: 你好\n")).toEqual([
      "curriculum.yaml:6: 'intro' has no 'en' text (the primary language)",
    ]);
  });
});
