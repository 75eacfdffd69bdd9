import { describe, expect, it } from "vitest";
import { createGraph, missingPrerequisites, planTo } from "../../../src/graph";
import { makeCurriculum, makeTopic } from "../../fixtures/graph/factory";

describe("planTo: what the goal needs, in order", () => {
  const graph = createGraph(
    makeCurriculum([
      makeTopic("base", { hours: 10, aliases: ["old-base"] }),
      makeTopic("left", { requires: ["base"], hours: 2 }),
      makeTopic("right", { requires: ["base"], hours: 3 }),
      makeTopic("top", { requires: ["left", "right"], hours: 4 }),
      makeTopic("unrelated", { hours: 100 }),
    ]),
  );

  it.each([
    // done, goal, plan, hours
    [[], "base", ["base"], 10],
    [[], "left", ["base", "left"], 12],
    // the diamond: base counted once, left before right (curriculum order)
    [[], "top", ["base", "left", "right", "top"], 19],
    [["base"], "top", ["left", "right", "top"], 9],
    [["old-base", "ghost"], "top", ["left", "right", "top"], 9],
    [["right"], "top", ["base", "left", "top"], 16],
    // the closure walks through done topics: base, skipped under left and right, stays in
    [["left", "right"], "top", ["base", "top"], 14],
    [["left", "right", "old-base"], "top", ["top"], 4],
    // a done goal still lists what it skipped; reached only when all of it is done
    [["top"], "top", ["base", "left", "right"], 15],
    [["top", "base", "left", "right"], "top", [], 0],
    // an unknown goal has nothing to do
    [[], "missing", [], 0],
    // a goal given by its former id
    [[], "old-base", ["base"], 10],
  ] as const)("done %j, goal %s: %j (%d h)", (done, goal, topics, hours) => {
    const plan = planTo(graph, done, goal);
    expect(plan.topics).toEqual(topics);
    expect(plan.hours).toBe(hours);
    expect(plan.costModel).toBe("exact");
  });
});

describe("planTo: choosing an anyOf member", () => {
  it.each([
    // members as listed with their plans' hours, and the member the plan takes
    ["the cheaper member, listed second", ["heavy", "light"], "light"],
    ["the cheaper member, listed first", ["light", "heavy"], "light"],
    ["the first listed on a tie", ["light", "twin"], "light"],
    ["the first listed on a tie, reversed", ["twin", "light"], "twin"],
    ["a member whose own path is cheaper, not its own hours", ["cheap-but-deep", "mid"], "mid"],
    ["the cheapest of three", ["heavy", "mid", "light"], "light"],
  ])("takes %s", (_, members, chosen) => {
    const graph = createGraph(
      makeCurriculum([
        makeTopic("heavy", { hours: 10 }),
        makeTopic("light", { hours: 2 }),
        makeTopic("twin", { hours: 2 }),
        makeTopic("mid", { hours: 3 }),
        makeTopic("deep-prerequisite", { hours: 5 }),
        makeTopic("cheap-but-deep", { hours: 1, requires: ["deep-prerequisite"] }),
        makeTopic("goal", { requires: [members] }),
      ]),
    );
    const plan = planTo(graph, [], "goal");
    expect(plan.topics).toEqual([chosen, "goal"]);
  });

  it("takes nothing from a group that already has a done member", () => {
    const graph = createGraph(
      makeCurriculum([
        makeTopic("heavy", { hours: 10 }),
        makeTopic("light", { hours: 1 }),
        makeTopic("goal", { requires: [["light", "heavy"]] }),
      ]),
    );
    expect(planTo(graph, ["heavy"], "goal").topics).toEqual(["goal"]);
  });

  it("walks through the first listed done member, whatever the other done members need", () => {
    // Both members are done; the closure goes through first-done, whose prerequisite is open.
    const graph = createGraph(
      makeCurriculum([
        makeTopic("skipped", { hours: 4 }),
        makeTopic("first-done", { requires: ["skipped"] }),
        makeTopic("second-done"),
        makeTopic("goal", { requires: [["first-done", "second-done"]] }),
      ]),
    );
    expect(planTo(graph, ["first-done", "second-done"], "goal").topics).toEqual([
      "skipped",
      "goal",
    ]);
    expect(planTo(graph, ["second-done"], "goal").topics).toEqual(["goal"]);
  });

  it("costs a member by the hours of its closure that are not done", () => {
    // via-done's own 1 h plus its done prerequisite (0 h left) beats plain's 3 h; via-gap's
    // done prerequisite has a 5 h gap under it, so it costs 1 + 5.
    const graph = createGraph(
      makeCurriculum([
        makeTopic("gap", { hours: 5 }),
        makeTopic("done-over-gap", { hours: 8, requires: ["gap"] }),
        makeTopic("done-clean", { hours: 8 }),
        makeTopic("via-gap", { hours: 1, requires: ["done-over-gap"] }),
        makeTopic("via-done", { hours: 1, requires: ["done-clean"] }),
        makeTopic("plain", { hours: 3 }),
        makeTopic("goal-a", { requires: [["via-gap", "plain"]] }),
        makeTopic("goal-b", { requires: [["plain", "via-done"]] }),
      ]),
    );
    const done = ["done-over-gap", "done-clean"];
    expect(planTo(graph, done, "goal-a").topics).toEqual(["plain", "goal-a"]);
    expect(planTo(graph, done, "goal-b").topics).toEqual(["via-done", "goal-b"]);
  });

  it("treats hours that differ only by float noise as a tie", () => {
    // sum-of-parts (0.1 + 0.2) and whole (0.3) cost the same: the first listed wins.
    const topics = [
      makeTopic("part-one", { hours: 0.2 }),
      makeTopic("sum-of-parts", { hours: 0.1, requires: ["part-one"] }),
      makeTopic("whole", { hours: 0.3 }),
    ];
    const first = createGraph(
      makeCurriculum([...topics, makeTopic("goal", { requires: [["sum-of-parts", "whole"]] })]),
    );
    const second = createGraph(
      makeCurriculum([...topics, makeTopic("goal", { requires: [["whole", "sum-of-parts"]] })]),
    );
    expect(planTo(first, [], "goal").topics).toEqual(["part-one", "sum-of-parts", "goal"]);
    expect(planTo(second, [], "goal").topics).toEqual(["whole", "goal"]);
  });

  describe("counting a shared prerequisite once (exact) or twice (estimate)", () => {
    // diamond-member needs left-arm and right-arm, which share the 10-hour shared-base:
    // exact cost 1 + 1 + 1 + 10 = 13; the tree estimate counts shared-base twice: 23.
    const graph = createGraph(
      makeCurriculum([
        makeTopic("shared-base", { hours: 10 }),
        makeTopic("left-arm", { hours: 1, requires: ["shared-base"] }),
        makeTopic("right-arm", { hours: 1, requires: ["shared-base"] }),
        makeTopic("diamond-member", { hours: 1, requires: ["left-arm", "right-arm"] }),
        makeTopic("single-member", { hours: 15 }),
        makeTopic("goal", { hours: 1, requires: [["single-member", "diamond-member"]] }),
      ]),
    );

    it("exact: takes the diamond (13 h) over the single topic (15 h), though listed second", () => {
      const plan = planTo(graph, [], "goal");
      expect(plan.costModel).toBe("exact");
      expect(plan.topics).toEqual([
        "shared-base",
        "left-arm",
        "right-arm",
        "diamond-member",
        "goal",
      ]);
      expect(plan.hours).toBe(14);
    });

    it("estimate (past the work budget): the diamond looks like 23 h, so the single topic wins", () => {
      const plan = planTo(graph, [], "goal", { exactCostBudget: 0 });
      expect(plan.costModel).toBe("estimate");
      expect(plan.topics).toEqual(["single-member", "goal"]);
      expect(plan.hours).toBe(16);
    });
  });

  it("costs a member by its own path, not by what the rest of the plan needs anyway", () => {
    // via-common needs `common`, which the goal needs regardless; its own path is still
    // 1 + 10 = 11 h against 5 h for standalone, so standalone is taken.
    const graph = createGraph(
      makeCurriculum([
        makeTopic("common", { hours: 10 }),
        makeTopic("via-common", { hours: 1, requires: ["common"] }),
        makeTopic("standalone", { hours: 5 }),
        makeTopic("goal", { requires: ["common", ["via-common", "standalone"]] }),
      ]),
    );
    expect(planTo(graph, [], "goal").topics).toEqual(["common", "standalone", "goal"]);
  });
});

describe("planTo: order", () => {
  it("puts topics ready together in section order, then curriculum order", () => {
    const graph = createGraph(
      makeCurriculum(
        [
          makeTopic("b-first", { section: "b" }),
          makeTopic("a-second", { section: "a" }),
          makeTopic("a-first", { section: "a" }),
          makeTopic("goal", { section: "b", requires: ["b-first", "a-second", "a-first"] }),
        ],
        { sections: ["a", "b"] },
      ),
    );
    expect(planTo(graph, [], "goal").topics).toEqual(["a-second", "a-first", "b-first", "goal"]);
  });

  it("orders the plan by its own requirements, not by topics outside it", () => {
    // early names outside-plan in an anyOf whose other member is done; it is ready at once.
    const graph = createGraph(
      makeCurriculum([
        makeTopic("early", { requires: [["outside-plan", "known"]] }),
        makeTopic("middle"),
        makeTopic("outside-plan"),
        makeTopic("known"),
        makeTopic("goal", { requires: ["early", "middle"] }),
      ]),
    );
    expect(planTo(graph, ["known"], "goal").topics).toEqual(["early", "middle", "goal"]);
  });

  it("puts a topic after every plan topic it names, even an anyOf member it did not choose", () => {
    // picky chooses cheap (1 h) over costly (5 h); costly is in the plan for needs-costly.
    const graph = createGraph(
      makeCurriculum([
        makeTopic("picky", { requires: [["cheap", "costly"]] }),
        makeTopic("cheap", { hours: 1 }),
        makeTopic("costly", { hours: 5 }),
        makeTopic("needs-costly", { requires: ["costly"] }),
        makeTopic("goal", { requires: ["picky", "needs-costly"] }),
      ]),
    );
    expect(planTo(graph, [], "goal").topics).toEqual([
      "cheap",
      "costly",
      "picky",
      "needs-costly",
      "goal",
    ]);
  });

  it("plans to an optional goal, including what it needs", () => {
    const graph = createGraph(
      makeCurriculum([
        makeTopic("core", { hours: 2 }),
        makeTopic("elective", { optional: true, hours: 3, requires: ["core"] }),
      ]),
    );
    expect(planTo(graph, [], "elective")).toEqual({
      topics: ["core", "elective"],
      hours: 5,
      costModel: "exact",
    });
  });

  it("does not throw or loop on a cycle (invalid data), and still lists its topics", () => {
    const graph = createGraph(
      makeCurriculum([
        makeTopic("loop-a", { requires: ["loop-b"] }),
        makeTopic("loop-b", { requires: ["loop-a"] }),
        makeTopic("goal", { requires: ["loop-a"] }),
      ]),
    );
    expect(planTo(graph, [], "goal").topics).toEqual(["loop-a", "loop-b", "goal"]);
  });
});

describe("missingPrerequisites: the closure minus what is done, the topic itself excluded", () => {
  const graph = createGraph(
    makeCurriculum([
      makeTopic("a", { hours: 1 }),
      makeTopic("b", { requires: ["a"], hours: 1 }),
      makeTopic("x", { hours: 9 }),
      makeTopic("c", { requires: ["b", ["x", "a"]] }),
    ]),
  );

  it.each([
    [[], "c", ["a", "b"]],
    [["a"], "c", ["b"]],
    [["b"], "c", ["a"]],
    [[], "b", ["a"]],
    [[], "a", []],
    [["a", "b"], "c", []],
    // a done topic: the prerequisites it skipped ("done, but a and b are not")
    [["c"], "c", ["a", "b"]],
    [["c", "b"], "c", ["a"]],
    [["c", "b", "a"], "c", []],
    [[], "ghost", []],
  ] as const)("done %j: ticking %s first needs %j", (done, id, missing) => {
    expect(missingPrerequisites(graph, done, id)).toEqual(missing);
  });
});
