import { checkFixture, compileFixture, type FixtureSpec } from "../../fixtures/curriculum-factory";

/** One topic `a` with the given front-matter fields, in a zh + en curriculum. */
function withFields(extra: Record<string, unknown>): FixtureSpec {
  return { languages: ["zh", "en"], topics: [{ id: "a", title: { zh: "甲", en: "A" }, extra }] };
}

function errors(spec: FixtureSpec): string[] {
  return checkFixture(spec)
    .problems.filter((problem) => problem.severity === "error")
    .map((problem) => `${problem.line}: ${problem.message}`);
}

describe("resource titles and where, per language", () => {
  it("compiles a map per language and a plain string as the primary language's text", () => {
    const output = compileFixture(
      withFields({
        resources: [
          {
            title: { zh: "机器学习", en: "Machine Learning" },
            kind: "book",
            where: { zh: "第2章", en: "Chapter 2" },
          },
          { title: "Attention Is All You Need", kind: "paper", where: "§3" },
        ],
      }),
    );
    expect(output.details.a?.resources).toEqual([
      {
        title: { zh: "机器学习", en: "Machine Learning" },
        kind: "book",
        where: { zh: "第2章", en: "Chapter 2" },
      },
      { title: { zh: "Attention Is All You Need" }, kind: "paper", where: { zh: "§3" } },
    ]);
  });

  it("refuses an unknown language and a map without the primary language, at their lines", () => {
    const spec = withFields({
      resources: [{ title: { en: "Machine Learning", fr: "Apprentissage" }, kind: "book" }],
    });
    expect(errors(spec)).toEqual([
      "7: 'resources[0].title' has no 'zh' text (the primary language)",
      "9: 'resources[0].title' has language 'fr', which is not in languages (zh, en)",
    ]);
  });

  it("warns about a map that lacks another language", () => {
    const spec = withFields({ resources: [{ title: "T", kind: "book", where: { zh: "第2章" } }] });
    const warnings = checkFixture(spec).problems.filter((p) => p.severity === "warning");
    expect(warnings.map((p) => p.message)).toContain(
      "missing translation: 'resources[0].where' has no 'en' text (falls back to zh)",
    );
  });

  it.each(["constructor", "prototype", "__proto__", "toString"])(
    "reports a '%s' key like any other unknown language",
    (key) => {
      const spec = withFields({ resources: [{ title: { zh: "书", [key]: "x" }, kind: "book" }] });
      expect(errors(spec)).toEqual([
        `9: 'resources[0].title' has language '${key}', which is not in languages (zh, en)`,
      ]);
    },
  );

  it("reports a '__proto__' key in curriculum.yaml's title and a section title", () => {
    const spec: FixtureSpec = {
      languages: ["zh", "en"],
      topics: [{ id: "a" }],
      files: {
        "curriculum.yaml":
          "title:\n  zh: 课\n  __proto__: x\nlanguages: [zh, en]\nsections:\n  - id: main\n    title: {zh: 主, constructor: y}\n",
      },
    };
    expect(errors(spec)).toEqual([
      "3: 'title' has language '__proto__', which is not in languages (zh, en)",
      "7: 'sections[0].title' has language 'constructor', which is not in languages (zh, en)",
    ]);
  });
});

describe("noFreeResource", () => {
  it("compiles the reason per language into the topic's details", () => {
    const output = compileFixture(
      withFields({ noFreeResource: { zh: "只有纸质书", en: "Only in print" } }),
    );
    expect(output.details.a?.noFreeResource).toEqual({ zh: "只有纸质书", en: "Only in print" });
    expect(compileFixture(withFields({})).details.a?.noFreeResource).toBeUndefined();
  });

  it("checks its languages like any per-language text", () => {
    expect(errors(withFields({ noFreeResource: { en: "Only in print" } }))).toEqual([
      "6: 'noFreeResource' has no 'zh' text (the primary language)",
    ]);
  });
});
