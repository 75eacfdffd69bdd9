import { describe, expect, it } from "vitest";
import { createGraph, progressFigures } from "../../../src/graph";
import { makeCurriculum, makeTopic } from "../../fixtures/graph/factory";

const graph = createGraph(
  makeCurriculum(
    [
      makeTopic("a1", { section: "alpha", hours: 2, aliases: ["a-one"] }),
      makeTopic("a2", { section: "alpha", hours: 3.5 }),
      makeTopic("a-extra", { section: "alpha", hours: 4, optional: true }),
      makeTopic("b1", { section: "beta", hours: 0 }),
      makeTopic("b-extra", { section: "beta", hours: 1, optional: true }),
    ],
    { sections: ["alpha", "beta", "empty"] },
  ),
);

describe("progressFigures", () => {
  it("counts nothing done", () => {
    expect(progressFigures(graph, [])).toEqual({
      required: { done: 0, total: 3 },
      optional: { done: 0, total: 2 },
      hours: { done: 0, total: 5.5, remaining: 5.5 },
      sections: [
        { id: "alpha", required: { done: 0, total: 2 }, optional: { done: 0, total: 1 } },
        { id: "beta", required: { done: 0, total: 1 }, optional: { done: 0, total: 1 } },
        { id: "empty", required: { done: 0, total: 0 }, optional: { done: 0, total: 0 } },
      ],
    });
  });

  it.each([
    // done, required done, optional done, hours done, hours remaining
    [["a1"], 1, 0, 2, 3.5],
    [["a-one"], 1, 0, 2, 3.5],
    [["a1", "a1", "a-one"], 1, 0, 2, 3.5],
    [["a-extra"], 0, 1, 0, 5.5],
    [["a1", "a2", "b1", "a-extra", "b-extra"], 3, 2, 5.5, 0],
    [["ghost", "b1"], 1, 0, 0, 5.5],
  ] as const)(
    "done %j: %d required, %d optional, %d h done, %d h left",
    (done, req, opt, hoursDone, left) => {
      const figures = progressFigures(graph, done);
      expect(figures.required.done).toBe(req);
      expect(figures.optional.done).toBe(opt);
      expect(figures.hours.done).toBe(hoursDone);
      expect(figures.hours.remaining).toBe(left);
    },
  );

  it("splits the figures by section", () => {
    const figures = progressFigures(graph, ["a2", "b-extra"]);
    expect(figures.sections).toEqual([
      { id: "alpha", required: { done: 1, total: 2 }, optional: { done: 0, total: 1 } },
      { id: "beta", required: { done: 0, total: 1 }, optional: { done: 1, total: 1 } },
      { id: "empty", required: { done: 0, total: 0 }, optional: { done: 0, total: 0 } },
    ]);
  });
});
