import { type LoadResult, loadCurriculumDir } from "../../../src/curriculum/index";
import type { CompiledTopic } from "../../../src/curriculum/types";
import { fixture, relativeProblem } from "./fixtures";

// The valid fixture uses anyOf, optional, recommends, aliases, a retired slot and translations.
describe("compiling a valid curriculum", () => {
  const dir = fixture("valid");
  let result: LoadResult;
  const topic = (id: string): CompiledTopic => {
    const found = result.output?.curriculum.topics.find((t) => t.id === id);
    if (!found) throw new Error(`no topic ${id}`);
    return found;
  };

  beforeAll(() => {
    result = loadCurriculumDir(dir);
  });

  it("compiles, warning only about the missing translations", () => {
    expect(result.output).toBeDefined();
    expect(result.problems.map((p) => [p.severity, relativeProblem(p, dir).file])).toEqual([
      ["warning", "topics/elective.md"],
      ["warning", "topics/goal-topic.md"],
      ["warning", "topics/path-b.md"],
    ]);
    expect(result.problems[0]?.message).toBe(
      "missing translation: no topics/elective.en.md (the app shows zh instead)",
    );
  });

  it("keeps the title, languages, goal and sections in order", () => {
    const curriculum = result.output?.curriculum;
    expect(curriculum?.title).toEqual({ zh: "测试课程", en: "Test curriculum" });
    expect(curriculum?.languages).toEqual(["zh", "en"]);
    expect(curriculum?.goal).toBe("goal-topic");
    expect(curriculum?.sections).toEqual([
      { id: "basics", title: { zh: "基础", en: "Basics" } },
      { id: "advanced", title: { zh: "进阶" } },
    ]);
  });

  it("orders topics by section, then prerequisites first within a section", () => {
    const topics = result.output?.curriculum.topics ?? [];
    expect(topics.map((t) => t.id)).toEqual([
      "intro",
      "path-a",
      "path-b",
      "combined",
      "elective",
      "goal-topic",
    ]);
    expect(topics.map((t) => t.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("normalises requires to an all-of list of any-of groups and adds reverse edges", () => {
    expect(topic("combined").requires).toEqual([["intro"], ["path-a", "path-b"]]);
    expect(topic("path-b").requires).toEqual([["intro"]]);
    expect(topic("intro").requires).toEqual([]);
    expect(topic("intro").unlocks).toEqual(["path-a", "path-b", "combined"]);
    expect(topic("path-a").unlocks).toEqual(["combined", "elective"]);
    expect(topic("goal-topic").unlocks).toEqual([]);
  });

  it("carries recommends, optional, source, hours and aliases", () => {
    expect(topic("combined").recommends).toEqual(["elective"]);
    expect(topic("elective").optional).toBe(true);
    expect(topic("combined").optional).toBe(false);
    expect(topic("path-b").source).toBe("extension");
    expect(topic("path-a").hours).toBe(3.5);
    expect(topic("path-b").hours).toBe(0);
    expect(topic("combined").aliases).toEqual(["merged-old"]);
    expect(result.output?.curriculum.aliases).toEqual({ "merged-old": "combined" });
  });

  it("merges translations into titles and summaries, per language", () => {
    expect(topic("intro").title).toEqual({ zh: "入门", en: "Introduction" });
    expect(topic("intro").summary).toEqual({ zh: "从这里开始。", en: "Start here." });
    expect(topic("path-a").summary).toEqual({ zh: "" });
    expect(topic("path-b").title).toEqual({ zh: "路径乙" });
    expect(topic("intro").bodyLanguages).toEqual(["zh", "en"]);
    expect(topic("path-b").bodyLanguages).toEqual(["zh"]);
  });

  it("puts bodies and resources in the details, not in the core data", () => {
    const details = result.output?.details.intro;
    expect(details?.bodies).toEqual({
      zh: "## 为什么学\n\n入门正文。",
      en: "## Why it matters\n\nThe introduction's body.",
    });
    expect(details?.resources).toEqual([
      {
        title: { zh: "An Introduction" },
        kind: "book",
        url: "https://example.org/intro",
        authors: "Ada Lovelace, Charles Babbage",
        year: 1843,
        where: { zh: "第1章", en: "Chapter 1" },
        free: true,
      },
    ]);
    expect(JSON.stringify(result.output?.curriculum)).not.toContain("入门正文");
    expect(JSON.stringify(result.output?.curriculum)).not.toContain("example.org");
  });

  it("keeps recorded slots, inherits a renamed topic's slot and retires removed ones", () => {
    expect(topic("intro").slot).toBe(0);
    expect(topic("combined").slot).toBe(1); // its alias merged-old had slot 1
    expect(topic("path-a").slot).toBe(3);
    // New topics get the next free slots in curriculum order.
    expect([topic("path-b").slot, topic("elective").slot, topic("goal-topic").slot]).toEqual([
      4, 5, 6,
    ]);
    expect(result.output?.curriculum.slots).toEqual({
      intro: 0,
      combined: 1,
      "retired-topic": 2,
      "path-a": 3,
      "path-b": 4,
      elective: 5,
      "goal-topic": 6,
    });
    expect(result.output?.curriculum.slotCount).toBe(7);
  });

  it("gives a topological order with requirements first", () => {
    const order = result.output?.curriculum.order ?? [];
    expect(order).toEqual(["intro", "path-a", "path-b", "combined", "elective", "goal-topic"]);
  });

  it("lays out every topic, with requires, anyOf and recommends edges", () => {
    const layout = result.output?.layout;
    expect(layout?.nodes.map((n) => n.id).sort()).toEqual([
      "combined",
      "elective",
      "goal-topic",
      "intro",
      "path-a",
      "path-b",
    ]);
    const edges = layout?.edges.map(({ from, to, kind, group }) => ({ from, to, kind, group }));
    expect(edges).toEqual(
      expect.arrayContaining([
        { from: "intro", to: "combined", kind: "requires", group: undefined },
        { from: "path-a", to: "combined", kind: "anyOf", group: 1 },
        { from: "path-b", to: "combined", kind: "anyOf", group: 1 },
        { from: "combined", to: "elective", kind: "recommends", group: undefined },
      ]),
    );
    expect(edges).toHaveLength(8);
    for (const node of layout?.nodes ?? []) {
      expect(Number.isInteger(node.x) && Number.isInteger(node.y)).toBe(true);
      expect(node.x - node.width / 2).toBeGreaterThanOrEqual(0);
      expect(node.x + node.width / 2).toBeLessThanOrEqual(layout?.width ?? 0);
    }
    // Left to right: a requirement sits left of the topic that needs it.
    const x = (id: string) => layout?.nodes.find((n) => n.id === id)?.x ?? Number.NaN;
    expect(x("intro")).toBeLessThan(x("combined"));
    expect(x("combined")).toBeLessThan(x("goal-topic"));
  });

  it("does not write slots.json unless asked", () => {
    expect(result.slotsWritten).toBe(false);
  });
});
