import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CompiledCurriculum } from "../../../src/curriculum/types";
import {
  computeStates,
  createGraph,
  missingPrerequisites,
  nextUp,
  nextUpGroups,
  planTo,
  type StatusMap,
  unlockedBy,
  updateStates,
} from "../../../src/graph";
import { generateCurriculum } from "../../../src/graph/generate";
import { makeCurriculum, makeTopic } from "../../fixtures/graph/factory";
import {
  orderProblems,
  referenceDoneSet,
  referencePlan,
  referenceStates,
} from "../../fixtures/graph/reference";

/** One random topic spec: requirement groups point at lower positions, so the graph is a DAG. */
const topicSpec = (position: number) =>
  fc.record({
    groups:
      position === 0
        ? fc.constant([] as number[][])
        : fc.array(fc.array(fc.nat({ max: position - 1 }), { minLength: 1, maxLength: 3 }), {
            maxLength: 4,
          }),
    // Few distinct values, so equal-cost anyOf members (ties) are common.
    hours: fc.constantFrom(0, 0.5, 1, 1, 2, 3),
    optional: fc.integer({ min: 0, max: 7 }).map((roll) => roll === 0),
    section: fc.integer({ min: 0, max: 2 }),
    alias: fc.boolean(),
  });

/**
 * A small random curriculum whose curriculum order (a random permutation, then sections)
 * differs from its dependency order. Required topics never require optional ones.
 */
const smallCurriculum = fc
  .integer({ min: 1, max: 18 })
  .chain((size) =>
    fc.tuple(
      fc.tuple(...Array.from({ length: size }, (_, i) => topicSpec(i))),
      fc.shuffledSubarray(
        Array.from({ length: size }, (_, i) => i),
        { minLength: size, maxLength: size },
      ),
    ),
  )
  .map(([specs, listing]): CompiledCurriculum => {
    const topics = specs.map((spec, i) => {
      const requires = spec.groups
        .map((group) => [...new Set(group)].filter((m) => spec.optional || !specs[m]?.optional))
        .filter((group) => group.length > 0)
        .map((group) => group.map((m) => `t${m}`));
      return makeTopic(`t${i}`, {
        requires,
        hours: spec.hours,
        optional: spec.optional,
        section: `s${spec.section}`,
        aliases: spec.alias ? [`old-t${i}`] : [],
      });
    });
    return makeCurriculum(
      listing.map((i) => topics[i] ?? makeTopic("unused")),
      { sections: ["s0", "s1", "s2"] },
    );
  });

/** A curriculum with a random done set holding some aliases and unknown ids. */
const withDone = (curricula: fc.Arbitrary<CompiledCurriculum>) =>
  curricula.chain((curriculum) =>
    fc.record({
      curriculum: fc.constant(curriculum),
      // About one topic in five done, some stored under a former id, plus unknown ids.
      done: fc
        .tuple(
          fc.array(fc.integer({ min: 0, max: 9 }), {
            minLength: curriculum.topics.length,
            maxLength: curriculum.topics.length,
          }),
          fc.subarray(["ghost", "t-unknown", "", "__proto__"]),
        )
        .map(([rolls, unknown]) => [
          ...curriculum.topics.flatMap((t, i) =>
            rolls[i] === 0 ? [t.id] : rolls[i] === 1 ? [t.aliases[0] ?? t.id] : [],
          ),
          ...unknown,
        ]),
      goal: fc.constantFrom(...curriculum.topics.map((t) => t.id), "no-such-goal"),
      toggles: fc.array(fc.constantFrom(...curriculum.topics.map((t) => t.id)), {
        maxLength: 12,
      }),
    }),
  );

/** Generated curricula (the bench's generator) of 20 to 250 topics. */
const generated = fc
  .record({ topics: fc.integer({ min: 20, max: 250 }), seed: fc.nat() })
  .map((options) => generateCurriculum(options));

const asRecord = (states: StatusMap) =>
  Object.fromEntries([...states].map(([id, s]) => [id, { ...s, unmet: [...s.unmet] }]));

describe.each([
  ["small random curricula", withDone(smallCurriculum), 200],
  ["generated curricula", withDone(generated), 40],
])("properties on %s", (_, scenarios, numRuns) => {
  it("states follow the rule, with aliases counted and unknown ids ignored", () => {
    fc.assert(
      fc.property(scenarios, ({ curriculum, done }) => {
        const graph = createGraph(curriculum);
        expect(asRecord(computeStates(graph, done))).toEqual(referenceStates(curriculum, done));
      }),
      { numRuns },
    );
  });

  it("a plan is the goal's closure minus what is done, in a valid order, with its hours", () => {
    fc.assert(
      fc.property(scenarios, ({ curriculum, done, goal }) => {
        const graph = createGraph(curriculum);
        for (const budget of [undefined, 0]) {
          const plan = planTo(graph, done, goal, { exactCostBudget: budget });
          const needed = referencePlan(curriculum, done, goal, plan.costModel);
          expect(new Set(plan.topics)).toEqual(needed);
          expect(plan.topics.length).toBe(needed.size);
          expect(orderProblems(curriculum, done, plan.topics)).toEqual([]);
          const hours = plan.topics.reduce((sum, id) => sum + (graph.topic(id)?.hours ?? 0), 0);
          expect(plan.hours).toBeCloseTo(hours, 9);
        }
      }),
      { numRuns },
    );
  });

  it("each open anyOf group takes the first member whose own plan has the fewest hours", () => {
    fc.assert(
      fc.property(scenarios, ({ curriculum, done, goal }) => {
        const graph = createGraph(curriculum);
        const states = computeStates(graph, done);
        const plan = new Set(planTo(graph, done, goal).topics);
        for (const id of plan) {
          for (const group of states.get(id)?.unmet ?? []) {
            const hours = group.map((member) => planTo(graph, done, member).hours);
            const fewest = Math.min(...hours);
            const first = group[hours.findIndex((h) => h - fewest < 1e-9)];
            expect(plan).toContain(first);
          }
        }
      }),
      { numRuns },
    );
  });

  it("hand-sized curricula are always costed exactly", () => {
    fc.assert(
      fc.property(scenarios, ({ curriculum, done, goal }) => {
        expect(planTo(createGraph(curriculum), done, goal).costModel).toBe("exact");
      }),
      { numRuns },
    );
  });

  it("incremental and full state computation agree over any sequence of toggles", () => {
    fc.assert(
      fc.property(scenarios, ({ curriculum, done, toggles }) => {
        const graph = createGraph(curriculum);
        const current = new Set(done);
        let states = computeStates(graph, current);
        for (const id of toggles) {
          const before = states;
          const previous = new Set(current);
          const wasDone = before.get(id)?.state === "done";
          // Untick by every name the topic may be stored under.
          if (wasDone)
            for (const name of [id, ...(graph.topic(id)?.aliases ?? [])]) current.delete(name);
          else current.add(id);
          states = updateStates(graph, before, current, id);
          // Read every status, so stale shared objects would show.
          expect(asRecord(states)).toEqual(asRecord(computeStates(graph, current)));
          expect(unlockedBy(graph, before, states)).toEqual(
            unlockedBy(graph, computeStates(graph, previous), computeStates(graph, current)),
          );
        }
      }),
      { numRuns },
    );
  });

  it("a tick followed by an untick restores the states", () => {
    fc.assert(
      fc.property(scenarios, ({ curriculum, done, toggles }) => {
        const graph = createGraph(curriculum);
        const start = new Set(done);
        const original = computeStates(graph, start);
        const id = toggles[0] ?? curriculum.topics[0]?.id ?? "";
        if (original.get(id)?.state === "done") return;
        const ticked = updateStates(graph, original, new Set([...start, id]), id);
        const unticked = updateStates(graph, ticked, start, id);
        expect(asRecord(unticked)).toEqual(asRecord(original));
        expect(unlockedBy(graph, unticked, ticked)).toEqual(unlockedBy(graph, original, ticked));
      }),
      { numRuns },
    );
  });

  it("missing prerequisites: the closure minus what is done; ticking them leaves no gap", () => {
    fc.assert(
      fc.property(scenarios, ({ curriculum, done, toggles }) => {
        const graph = createGraph(curriculum);
        const id = toggles[0] ?? curriculum.topics[0]?.id ?? "";
        const states = computeStates(graph, done);
        const missing = missingPrerequisites(graph, done, id);
        const expected = referencePlan(curriculum, done, id, "exact");
        expected.delete(id);
        expect(new Set(missing)).toEqual(expected);
        expect(orderProblems(curriculum, [...done, id], missing)).toEqual([]);
        // A done topic is "done, but…" exactly when something is missing.
        if (states.get(id)?.state === "done") {
          expect(states.get(id)?.doneWithUnmet).toBe(missing.length > 0);
        }
        const after = computeStates(graph, [...done, ...missing, id]);
        expect(after.get(id)?.doneWithUnmet).toBe(false);
        if (states.get(id)?.state === "locked") {
          expect(computeStates(graph, [...done, ...missing]).get(id)?.state).toBe("available");
        }
      }),
      { numRuns },
    );
  });

  it("the goal is reached (empty plan) exactly when its whole closure is done", () => {
    fc.assert(
      fc.property(scenarios, ({ curriculum, done, goal }) => {
        const graph = createGraph(curriculum);
        const plan = planTo(graph, done, goal);
        const known = graph.topic(goal) !== undefined;
        const states = computeStates(graph, done);
        const status = states.get(graph.canonicalId(goal) ?? "");
        const reached = known && status?.state === "done" && !status.doneWithUnmet;
        expect(known && plan.topics.length === 0).toBe(reached);
      }),
      { numRuns },
    );
  });

  it("next up: available topics of the plan in plan order, then the other available ones", () => {
    fc.assert(
      fc.property(scenarios, ({ curriculum, done, goal }) => {
        const graph = createGraph(curriculum);
        const states = computeStates(graph, done);
        const groups = nextUpGroups(graph, done, goal);
        const plan = planTo(graph, done, goal).topics;
        const isAvailable = (id: string) => states.get(id)?.state === "available";
        expect(groups.onPath).toEqual(plan.filter(isAvailable));
        const others = [...states.keys()].filter((id) => isAvailable(id) && !plan.includes(id));
        expect(new Set(groups.alsoAvailable)).toEqual(new Set(others));
        expect(groups.alsoAvailable).toHaveLength(others.length);
        const optional = groups.alsoAvailable.map((id) => graph.topic(id)?.optional === true);
        expect(optional).toEqual([...optional].sort((a, b) => Number(a) - Number(b)));
        expect(groups.goalReached).toBe(graph.topic(goal) !== undefined && plan.length === 0);
        const doneSet = referenceDoneSet(curriculum, done);
        for (const id of groups.nextGoals) expect(doneSet.has(id)).toBe(false);
        if (!groups.goalReached) expect(groups.nextGoals).toEqual([]);
      }),
      { numRuns },
    );
  });

  it("next up as one list: the path first", () => {
    fc.assert(
      fc.property(scenarios, ({ curriculum, done, goal }) => {
        const graph = createGraph(curriculum);
        const states = computeStates(graph, done);
        const ranked = nextUp(graph, done, goal);
        const available = [...states].filter(([, s]) => s.state === "available");
        expect(new Set(ranked)).toEqual(new Set(available.map(([id]) => id)));
        const onPlan = new Set(planTo(graph, done, goal).topics);
        const flags = ranked.map((id) => onPlan.has(id));
        expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
      }),
      { numRuns },
    );
  });
});
