import { describe, expect, it } from "vitest";
import { computeStates, createGraph, nextUp, nextUpGroups, suggestGoals } from "../../../src/graph";
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

describe("nextUpGroups", () => {
  it.each([
    // done, goal, on the path, also available, goal reached
    [[], "goal", ["path-step"], ["spare", "hub"], false],
    [[], "ghost", [], ["spare", "hub", "path-step"], false],
    [["path-step", "goal"], "goal", [], ["spare", "hub"], true],
    // the goal is done, but a prerequisite it skipped is not: not reached, the gap comes first
    [["goal"], "goal", ["path-step"], ["spare", "hub"], false],
    [["hub"], "hub-grandchild", ["hub-child-1"], ["spare", "path-step", "hub-child-2"], false],
  ] as const)("done %j, goal %s: on the path %j, also %j", (done, goal, onPath, also, reached) => {
    const groups = nextUpGroups(graph, done, goal);
    expect(groups.onPath).toEqual(onPath);
    expect(groups.alsoAvailable).toEqual(also);
    expect(groups.goalReached).toBe(reached);
    expect(groups.goal).toBe(graph.canonicalId(goal));
    expect(nextUp(graph, done, goal)).toEqual([...onPath, ...also]);
  });

  it("lists the path in plan order, and electives after required topics", () => {
    const g = createGraph(
      makeCurriculum([
        makeTopic("elective", { optional: true }),
        makeTopic("b-later"),
        makeTopic("a-first"),
        makeTopic("required-extra"),
        makeTopic("goal", { requires: ["a-first", "b-later"] }),
      ]),
    );
    const groups = nextUpGroups(g, [], "goal");
    expect(groups.onPath).toEqual(["b-later", "a-first"]);
    expect(groups.alsoAvailable).toEqual(["required-extra", "elective"]);
  });

  it("offers the next goals once the goal is reached, and only then", () => {
    expect(nextUpGroups(graph, [], "goal").nextGoals).toEqual([]);
    const reached = nextUpGroups(graph, ["hub", "hub-child-1"], "hub-child-1");
    expect(reached.goalReached).toBe(true);
    expect(reached.nextGoals).toEqual(suggestGoals(graph, ["hub", "hub-child-1"], "hub-child-1"));
    expect(reached.nextGoals).toEqual(["goal", "hub-grandchild", "spare", "path-step"]);
  });

  it.each([
    [{ onPath: 0 }, [], ["spare", "hub"]],
    [{ alsoAvailable: 1 }, ["path-step"], ["spare"]],
    [{ onPath: 2.9, alsoAvailable: -1 }, ["path-step"], []],
    [{ onPath: Number.NaN, alsoAvailable: Number.NaN }, ["path-step"], ["spare", "hub"]],
  ])("caps each group: %j", (limits, onPath, also) => {
    const groups = nextUpGroups(graph, [], "goal", limits);
    expect(groups.onPath).toEqual(onPath);
    expect(groups.alsoAvailable).toEqual(also);
  });
});

describe("suggestGoals", () => {
  it.each([
    // done, reached goal, suggestions
    [["hub", "hub-child-1"], "hub-child-1", 4, ["goal", "hub-grandchild", "spare", "path-step"]],
    // the curriculum's goal is reached too: what the goal opens, then what is available
    [["path-step", "goal"], "goal", 4, ["spare", "hub"]],
    [["hub", "hub-child-1"], "hub-child-1", 2, ["goal", "hub-grandchild"]],
    // never the goal itself or a done topic
    [["hub"], "hub", 9, ["goal", "hub-child-1", "hub-child-2", "spare", "path-step"]],
  ] as const)("after %j and goal %s (limit %d): %j", (done, goal, limit, expected) => {
    expect(suggestGoals(graph, done, goal, limit)).toEqual(expected);
  });
});

describe("nextUp", () => {
  it("returns only available topics, never done or locked ones", () => {
    const done = ["hub", "spare"];
    const states = computeStates(graph, done);
    const ranked = nextUp(graph, done, "goal");
    expect(ranked.length).toBeGreaterThan(0);
    for (const id of ranked) expect(states.get(id)?.state).toBe("available");
  });

  it.each([
    [1, ["path-step"]],
    [2, ["path-step", "spare"]],
    [0, []],
    [-3, []],
    // a fractional limit rounds down; NaN, like no limit, keeps the whole list
    [2.9, ["path-step", "spare"]],
    [Number.NaN, ["path-step", "spare", "hub"]],
    [Number.POSITIVE_INFINITY, ["path-step", "spare", "hub"]],
  ])("caps the list at limit %d", (limit, ranking) => {
    expect(nextUp(graph, [], "goal", limit)).toEqual(ranking);
  });
});
