import { describe, expect, it } from "vitest";
import { computeStates, createGraph, nextUp } from "../../../src/graph";
import { makeCurriculum, makeTopic } from "../../fixtures/graph/factory";

// hub opens three topics; path-step leads to the goal; spare opens nothing.
const graph = createGraph(
  makeCurriculum([
    makeTopic("spare"),
    makeTopic("hub"),
    makeTopic("path-step"),
    makeTopic("hub-child-1", { requires: ["hub"] }),
    makeTopic("hub-child-2", { requires: ["hub"] }),
    makeTopic("hub-grandchild", { requires: ["hub-child-1"] }),
    makeTopic("goal", { requires: ["path-step"] }),
  ]),
);

describe("nextUp", () => {
  it.each([
    // done, goal, ranking
    [[], "goal", ["path-step", "hub", "spare"]],
    // no plan (goal unknown or done): most locked topics opened first, then topological order
    [[], "ghost", ["hub", "path-step", "spare"]],
    [["path-step", "goal"], "goal", ["hub", "spare"]],
    // goal on the hub side: hub-child-1 is on the plan; path-step still opens the goal;
    // spare and hub-child-2 open nothing and keep topological order
    [["hub"], "hub-grandchild", ["hub-child-1", "path-step", "spare", "hub-child-2"]],
  ] as const)("done %j, goal %s: %j", (done, goal, ranking) => {
    expect(nextUp(graph, done, goal)).toEqual(ranking);
  });

  it("returns only available topics, never done or locked ones", () => {
    const done = ["hub", "spare"];
    const states = computeStates(graph, done);
    const ranked = nextUp(graph, done, "goal");
    expect(ranked.length).toBeGreaterThan(0);
    for (const id of ranked) expect(states.get(id)?.state).toBe("available");
  });

  it.each([
    [1, ["path-step"]],
    [2, ["path-step", "hub"]],
    [0, []],
    [-3, []],
    // a fractional limit rounds down; NaN, like no limit, keeps the whole list
    [2.9, ["path-step", "hub"]],
    [Number.NaN, ["path-step", "hub", "spare"]],
    [Number.POSITIVE_INFINITY, ["path-step", "hub", "spare"]],
  ])("caps the list at limit %d", (limit, ranking) => {
    expect(nextUp(graph, [], "goal", limit)).toEqual(ranking);
  });

  it("does not count a locked topic reached only through a done topic", () => {
    // after-done is locked, but it waits on other-need, not on first (already behind done-mid).
    const g = createGraph(
      makeCurriculum([
        makeTopic("first"),
        makeTopic("other-need"),
        makeTopic("done-mid", { requires: ["first"] }),
        makeTopic("after-done", { requires: ["done-mid", "locked-need"] }),
        makeTopic("locked-need", { requires: ["other-need"] }),
      ]),
    );
    // first opens nothing new (its dependent is done); other-need opens locked-need and after-done.
    expect(nextUp(g, ["done-mid"], "ghost")).toEqual(["other-need", "first"]);
  });
});
