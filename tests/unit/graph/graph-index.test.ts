import { describe, expect, it } from "vitest";
import type { CompiledCurriculum } from "../../../src/curriculum/types";
import { computeStates, createGraph, planTo } from "../../../src/graph";
import { makeCurriculum, makeTopic } from "../../fixtures/graph/factory";

describe("createGraph", () => {
  const curriculum = makeCurriculum(
    [
      makeTopic("late", { section: "second", requires: ["early"] }),
      makeTopic("needs-late", { requires: ["late"] }),
      makeTopic("early", { aliases: ["first"] }),
    ],
    { sections: ["first-section", "second"] },
  );
  const graph = createGraph(curriculum);

  it("orders topics requirements first, ties in section then curriculum order", () => {
    expect(graph.order).toEqual(["early", "late", "needs-late"]);
  });

  it.each([
    ["early", "early"],
    ["first", "early"],
    ["late", "late"],
    ["ghost", undefined],
    ["", undefined],
    ["__proto__", undefined],
  ])("resolves %s to %s", (id, canonical) => {
    expect(graph.canonicalId(id)).toBe(canonical);
    expect(graph.topic(id)?.id).toBe(canonical);
  });

  it("returns the same index for the same curriculum object", () => {
    expect(createGraph(curriculum)).toBe(graph);
    expect(graph.curriculum).toBe(curriculum);
  });

  it("takes former ids from the curriculum's alias map too", () => {
    const withMap: CompiledCurriculum = { ...curriculum, aliases: { "very-old": "late" } };
    expect(createGraph(withMap).canonicalId("very-old")).toBe("late");
  });

  it("lets a current id win over a former id of the same name", () => {
    const clash = makeCurriculum([makeTopic("a", { aliases: ["b"] }), makeTopic("b")]);
    expect(createGraph(clash).canonicalId("b")).toBe("b");
  });
});

describe("createGraph on malformed data (never in a validated curriculum)", () => {
  it.each([
    [
      "a requirement naming no topic is dropped from its group",
      [makeTopic("a"), makeTopic("b", { requires: [["ghost", "a"]] })],
      [],
      "locked",
    ],
    [
      "a group naming no topic at all is ignored",
      [makeTopic("a"), makeTopic("b", { requires: ["ghost"] })],
      [],
      "available",
    ],
    [
      "an empty anyOf is ignored",
      [makeTopic("a"), makeTopic("b", { requires: [[]] })],
      [],
      "available",
    ],
    [
      "a topic requiring itself stays locked until ticked",
      [makeTopic("a"), makeTopic("b", { requires: ["b"] })],
      ["a"],
      "locked",
    ],
  ] as const)("%s", (_, topics, done, stateOfB) => {
    const graph = createGraph(makeCurriculum([...topics]));
    expect(computeStates(graph, done).get("b")?.state).toBe(stateOfB);
    expect(() => planTo(graph, [], "b")).not.toThrow();
  });

  it("counts a topic listed in one group by its id and a former id once", () => {
    // Deduplicated, the group has one member: no real choice, so no exact-cost walk is needed
    // and even a zero work budget keeps the exact cost model.
    const graph = createGraph(
      makeCurriculum([
        makeTopic("a", { aliases: ["old-a"] }),
        makeTopic("b", { requires: [["a", "old-a"]] }),
      ]),
    );
    const plan = planTo(graph, [], "b", { exactCostBudget: 0 });
    expect(plan.topics).toEqual(["a", "b"]);
    expect(plan.costModel).toBe("exact");
  });

  it("keeps the first of two topics with the same id", () => {
    const curriculum = makeCurriculum([makeTopic("a", { hours: 2 }), makeTopic("a", { hours: 7 })]);
    const graph = createGraph(curriculum);
    expect(graph.order).toEqual(["a"]);
    expect(computeStates(graph, []).size).toBe(1);
    expect(planTo(graph, [], "a").hours).toBe(2);
  });

  it.each([[-3], [Number.NaN], [Number.POSITIVE_INFINITY], ["5" as unknown as number]])(
    "treats hours %s as 0",
    (hours) => {
      const graph = createGraph(makeCurriculum([makeTopic("a", { hours })]));
      expect(planTo(graph, [], "a").hours).toBe(0);
    },
  );

  it("orders topics caught in a cycle last, in curriculum order", () => {
    const graph = createGraph(
      makeCurriculum([
        makeTopic("cycle-a", { requires: ["cycle-b"] }),
        makeTopic("cycle-b", { requires: ["cycle-a"] }),
        makeTopic("free"),
      ]),
    );
    expect(graph.order).toEqual(["free", "cycle-a", "cycle-b"]);
  });

  it("handles an empty curriculum", () => {
    const graph = createGraph(makeCurriculum([]));
    expect(graph.order).toEqual([]);
    expect(computeStates(graph, ["x"]).size).toBe(0);
    expect(planTo(graph, [], "x").topics).toEqual([]);
  });
});
