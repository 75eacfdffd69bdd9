import { computeLayout } from "../../../src/curriculum/layout.ts";
import type { LayoutNode } from "../../../src/curriculum/types";
import { makeCurriculum } from "../../fixtures/curriculum-factory";

const title = (en: string) => ({ zh: en, en });

/** A main path a → b → c → goal, with electives hanging off a and b (one needs another). */
const curriculum = makeCurriculum({
  goal: "goal",
  sections: [{ id: "s", title: title("Section") }],
  topics: [
    { id: "a", title: title("Alpha"), section: "s", hours: 1 },
    { id: "b", title: title("Beta"), section: "s", hours: 1, requires: ["a"] },
    { id: "c", title: title("Gamma"), section: "s", hours: 1, requires: ["b"] },
    { id: "goal", title: title("Goal"), section: "s", hours: 1, requires: ["c"] },
    {
      id: "e1",
      title: title("Elective one"),
      section: "s",
      hours: 1,
      requires: ["a"],
      optional: true,
    },
    {
      id: "e2",
      title: title("Elective two"),
      section: "s",
      hours: 1,
      requires: ["b"],
      optional: true,
    },
    {
      id: "e3",
      title: title("Elective three"),
      section: "s",
      hours: 1,
      requires: ["e1"],
      optional: true,
    },
  ],
});

const layout = computeLayout(curriculum.topics);
const node = (id: string): LayoutNode => {
  const found = layout.nodes.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
};
const bottom = (box: LayoutNode) => box.y + box.height / 2;
const top = (box: LayoutNode) => box.y - box.height / 2;
const overlap = (one: LayoutNode, two: LayoutNode) =>
  Math.abs(one.x - two.x) * 2 < one.width + two.width &&
  Math.abs(one.y - two.y) * 2 < one.height + two.height;

describe("computeLayout: electives apart from the main path", () => {
  it("puts every elective below every topic of the main path", () => {
    const mainBottom = Math.max(...["a", "b", "c", "goal"].map((id) => bottom(node(id))));
    for (const id of ["e1", "e2", "e3"]) expect(top(node(id))).toBeGreaterThan(mainBottom);
  });

  it("keeps the main path in one band, left to right in requirement order", () => {
    expect(node("a").x).toBeLessThan(node("b").x);
    expect(node("b").x).toBeLessThan(node("c").x);
    expect(node("c").x).toBeLessThan(node("goal").x);
  });

  it("sets each elective to the right of its prerequisites, overlapping nothing", () => {
    expect(node("e1").x - node("e1").width / 2).toBeGreaterThan(node("a").x + node("a").width / 2);
    expect(node("e2").x - node("e2").width / 2).toBeGreaterThan(node("b").x + node("b").width / 2);
    expect(node("e3").x - node("e3").width / 2).toBeGreaterThan(
      node("e1").x + node("e1").width / 2,
    );
    for (const one of layout.nodes) {
      for (const two of layout.nodes) if (one !== two) expect(overlap(one, two)).toBe(false);
    }
  });

  it("draws every requirement, electives' included, inside the drawing", () => {
    expect(layout.edges.map((edge) => `${edge.from}>${edge.to}`).sort()).toEqual(
      ["a>b", "b>c", "c>goal", "a>e1", "b>e2", "e1>e3"].sort(),
    );
    for (const edge of layout.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
    for (const box of layout.nodes) {
      expect(top(box)).toBeGreaterThanOrEqual(0);
      expect(bottom(box)).toBeLessThanOrEqual(layout.height);
      expect(box.x + box.width / 2).toBeLessThanOrEqual(layout.width);
    }
  });

  it("lays out a curriculum of electives only", () => {
    const only = computeLayout(curriculum.topics.filter((topic) => topic.optional));
    expect(only.nodes).toHaveLength(3);
    expect(only.width).toBeGreaterThan(0);
    expect(only.height).toBeGreaterThan(0);
  });
});
