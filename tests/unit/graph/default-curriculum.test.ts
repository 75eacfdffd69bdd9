import { describe, expect, it } from "vitest";
import { loadCurriculumDir } from "../../../src/curriculum";
import { computeStates, createGraph, planTo, unlocksOf } from "../../../src/graph";
import { orderProblems, referencePlan, referenceStates } from "../../fixtures/graph/reference";

// The engine against the compiler's output for the shipped curriculum: invariants only, so the
// test holds whatever topics the curriculum gains or loses.
const { output, problems } = loadCurriculumDir("curriculum", { layout: false });
const curriculum = output?.curriculum;

describe("the engine on the shipped curriculum", () => {
  it("compiles without errors", () => {
    expect(problems.filter((p) => p.severity !== "warning")).toEqual([]);
    expect(curriculum?.topics.length).toBeGreaterThan(0);
  });

  if (!curriculum) return;
  const graph = createGraph(curriculum);

  it("agrees with the compiler's topological order and reverse edges", () => {
    expect(graph.order).toEqual(curriculum.order);
    for (const topic of curriculum.topics) {
      expect(new Set(unlocksOf(graph, topic.id).direct)).toEqual(new Set(topic.unlocks));
    }
  });

  it("plans to the default goal exactly what it needs, in a valid order", () => {
    const plan = planTo(graph, [], curriculum.goal);
    expect(plan.costModel).toBe("exact");
    expect(plan.topics.at(-1)).toBe(curriculum.goal);
    expect(new Set(plan.topics)).toEqual(referencePlan(curriculum, [], curriculum.goal, "exact"));
    expect(orderProblems(curriculum, [], plan.topics)).toEqual([]);
  });

  it("gives every topic the state the rule says, from nothing done and from the plan half done", () => {
    const plan = planTo(graph, [], curriculum.goal).topics;
    for (const done of [[], plan.slice(0, Math.floor(plan.length / 2))]) {
      const states = Object.fromEntries(
        [...computeStates(graph, done)].map(([id, s]) => [id, { ...s, unmet: [...s.unmet] }]),
      );
      expect(states).toEqual(referenceStates(curriculum, done));
    }
  });
});
