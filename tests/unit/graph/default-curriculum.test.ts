import { describe, expect, it } from "vitest";
import { loadCurriculumDir } from "../../../src/curriculum";
import {
  computeStates,
  createGraph,
  missingPrerequisites,
  planTo,
  unlocksOf,
} from "../../../src/graph";
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

  it("takes the compiler's order, which puts every topic after its requirements", () => {
    expect(graph.order).toEqual(curriculum.order);
    expect(new Set(curriculum.order).size).toBe(curriculum.topics.length);
    const position = new Map(curriculum.order.map((id, i) => [id, i]));
    for (const topic of curriculum.topics) {
      for (const id of topic.requires.flat()) {
        expect(position.get(id) ?? Number.POSITIVE_INFINITY).toBeLessThan(
          position.get(topic.id) ?? -1,
        );
      }
    }
  });

  it("keeps the reverse edges the compiler ships", () => {
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

  it("does not call the goal reached when only the goal itself is ticked", () => {
    const fresh = planTo(graph, [], curriculum.goal).topics;
    const plan = planTo(graph, [curriculum.goal], curriculum.goal).topics;
    expect(plan).toEqual(fresh.filter((id) => id !== curriculum.goal));
    expect(plan.length).toBeGreaterThan(0);
    expect(missingPrerequisites(graph, [curriculum.goal], curriculum.goal)).toEqual(plan);
    expect(computeStates(graph, [curriculum.goal]).get(curriculum.goal)?.doneWithUnmet).toBe(true);
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
