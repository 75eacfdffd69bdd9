import { computeLayout } from "../../../src/curriculum/layout.ts";
import { openingTopics } from "../../../src/curriculum/layout-path.ts";
import { lineCount, NODE_STYLE, nodeSize } from "../../../src/curriculum/layout-titles.ts";
import type { GraphLayout } from "../../../src/curriculum/types";
import { makeCurriculum } from "../../fixtures/curriculum-factory";

/** The goal needs p1 and p3, and p2 or w; s1 and "after" are on no path to it. */
const curriculum = makeCurriculum({
  goal: "goal",
  topics: [
    { id: "start", hours: 1 },
    { id: "p1", requires: ["start"], hours: 1 },
    { id: "s1", requires: ["start"], hours: 1 },
    { id: "p3", requires: ["start"], hours: 1 },
    { id: "p2", requires: ["start"], hours: 1 },
    { id: "w", requires: ["p1"], hours: 1 },
    { id: "goal", requires: ["p1", "p3", ["p2", "w"]], hours: 1 },
    { id: "after", requires: ["goal", "s1"], hours: 1 },
    { id: "free", hours: 1 },
    { id: "elective", requires: ["start"], hours: 1, optional: true },
  ],
});

/**
 * s1 is on no path to the goal, but y1, y2, z1 and z2 tie it to p1 and p3: without the hint,
 * dagre's tidiest order sets it between them.
 */
const tied = makeCurriculum({
  goal: "goal",
  topics: [
    { id: "start", hours: 1 },
    { id: "p1", requires: ["start"], hours: 1 },
    { id: "s1", requires: ["start"], hours: 1 },
    { id: "p3", requires: ["start"], hours: 1 },
    { id: "y1", requires: ["p1", "s1"], hours: 1 },
    { id: "y2", requires: ["p1", "s1"], hours: 1 },
    { id: "z1", requires: ["s1", "p3"], hours: 1 },
    { id: "z2", requires: ["s1", "p3"], hours: 1 },
    { id: "goal", requires: ["p1", "p3"], hours: 1 },
  ],
});

/** Ids per column (same x), top to bottom. */
function columns(layout: GraphLayout): string[][] {
  const byX = new Map<number, { id: string; y: number }[]>();
  for (const node of layout.nodes) byX.set(node.x, [...(byX.get(node.x) ?? []), node]);
  return [...byX.values()].map((column) => column.sort((a, b) => a.y - b.y).map((n) => n.id));
}

describe("the layout hint for the graph's opening frame", () => {
  it("takes the goal, all it needs (any-of members too) and the topics that need nothing", () => {
    expect(openingTopics(curriculum.topics, "goal").sort()).toEqual(
      ["free", "goal", "p1", "p2", "p3", "start", "w"].sort(),
    );
    expect(openingTopics(curriculum.topics, "missing")).toEqual([]);
    expect(openingTopics(curriculum.topics, undefined)).toEqual([]);
  });

  it("keeps those topics together in every column, nothing else between them", () => {
    const opening = new Set(openingTopics(tied.topics, "goal"));
    expect([...opening].sort()).toEqual(["goal", "p1", "p3", "start"]);
    const layout = computeLayout(tied.topics, "goal");
    for (const column of columns(layout)) {
      const marks = column.map((id) => (opening.has(id) ? "o" : "-")).join("");
      expect(marks).toMatch(/^-*o*-*$/);
    }
  });

  it("lays out every topic, without a goal too", () => {
    for (const goal of ["goal", undefined]) {
      const layout = computeLayout(curriculum.topics, goal);
      expect(layout.nodes.map((node) => node.id).sort()).toEqual(
        curriculum.topics.map((topic) => topic.id).sort(),
      );
    }
  });
});

describe("title boxes", () => {
  it("wraps between words and between CJK characters", () => {
    expect(lineCount("Softmax")).toBe(1);
    expect(lineCount("Deriving the chain rule and backpropagation")).toBeGreaterThan(1);
    expect(lineCount("推导链式求导与反向传播")).toBe(2);
    expect(lineCount(`${"a".repeat(60)}`)).toBeGreaterThan(2);
  });

  it("makes a box tall enough for every line, up to the line limit", () => {
    const lines = (title: string) =>
      (nodeSize([title]).height - 2 * NODE_STYLE.paddingY) / NODE_STYLE.lineHeight;
    expect(lines("Softmax")).toBe(1);
    expect(lines("Deriving the chain rule and backpropagation")).toBe(
      lineCount("Deriving the chain rule and backpropagation"),
    );
    expect(lines("word ".repeat(80))).toBe(NODE_STYLE.maxLines);
    expect(nodeSize(["Softmax", "推导链式求导与反向传播"]).width).toBe(NODE_STYLE.maxWidth);
  });
});
