import { renderBodyHtml } from "../../../src/render/body-html";
import {
  checkFixture,
  compileFixture,
  type FixtureSpec,
  fixtureFiles,
  makeCurriculum,
  topicBodyLoader,
} from "../../fixtures/curriculum-factory";

const spec: FixtureSpec = {
  goal: "attention",
  sections: [
    { id: "basics", title: { zh: "基础", en: "Basics" } },
    { id: "advanced", title: { zh: "进阶", en: "Advanced" } },
  ],
  topics: [
    { id: "algebra", title: { zh: "线性代数", en: "Linear algebra" }, section: "basics", hours: 4 },
    { id: "probability", title: { zh: "概率论" }, section: "basics", source: "extension" },
    {
      id: "rnn",
      title: { zh: "循环神经网络", en: "Recurrent networks" },
      section: "advanced",
      requires: [["probability", "algebra"]],
      aliases: ["recurrent"],
      body: { zh: "正文 *一*", en: "Body *one*" },
    },
    { id: "attention", title: "注意力", section: "advanced", requires: ["rnn"] },
  ],
};

describe("the curriculum fixture factory", () => {
  it("compiles through the real compiler: titles per language, groups, reverse edges, order", () => {
    const curriculum = makeCurriculum(spec);
    expect(curriculum.languages).toEqual(["zh", "en"]);
    expect(curriculum.goal).toBe("attention");
    const rnn = curriculum.topics.find((topic) => topic.id === "rnn");
    expect(rnn?.title).toEqual({ zh: "循环神经网络", en: "Recurrent networks" });
    expect(rnn?.requires).toEqual([["probability", "algebra"]]);
    expect(curriculum.topics.find((t) => t.id === "algebra")?.unlocks).toEqual(["rnn"]);
    expect(curriculum.aliases).toEqual({ recurrent: "rnn" });
    expect(curriculum.order.indexOf("rnn")).toBeLessThan(curriculum.order.indexOf("attention"));
    expect(curriculum.slotCount).toBe(4);
  });

  it("keeps recorded slots, retired ones included", () => {
    const curriculum = makeCurriculum({ ...spec, slots: { algebra: 7, gone: 9 } });
    expect(curriculum.topics.find((t) => t.id === "algebra")?.slot).toBe(7);
    expect(curriculum.slots.gone).toBe(9);
    // New topics get slots after the largest ever given: 10, 11, 12.
    expect(curriculum.slotCount).toBe(13);
  });

  it("reports what the validator reports, and refuses to compile an invalid spec", () => {
    const bad = { ...spec, topics: [...spec.topics, { id: "x", requires: ["nowhere"] }] };
    const { problems } = checkFixture(bad);
    expect(problems.map((p) => p.message)).toContain("requires 'nowhere' names no topic");
    expect(() => compileFixture(bad)).toThrow(
      /topics\/x\.md:\d+: requires 'nowhere' names no topic/,
    );
  });

  it("writes the authoring format, so raw files can replace generated ones", () => {
    const files = fixtureFiles({ topics: [{ id: "a" }], files: { "topics/b.md": "oops" } });
    expect(files["topics/a.md"]).toMatch(/^---\nid: a\ntitle: a\nsection: main\n/);
    expect(files["topics/b.md"]).toBe("oops");
  });

  it("loads bodies by id or former id, falling back to the primary language", async () => {
    const load = topicBodyLoader(compileFixture(spec), renderBodyHtml);
    expect(await load("recurrent", "en")).toMatchObject({
      id: "rnn",
      lang: "en",
      html: "<p>Body <em>one</em></p>",
    });
    expect((await load("algebra", "en"))?.lang).toBe("zh");
    expect(await load("missing", "en")).toBeUndefined();
  });
});
