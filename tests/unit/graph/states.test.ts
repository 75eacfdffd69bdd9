import { describe, expect, it } from "vitest";
import { computeStates, createGraph, resolveDone } from "../../../src/graph";
import { makeCurriculum, makeTopic } from "../../fixtures/graph/factory";

// a ─┬─> b ──> c (requires a and b)
//    └─> d (anyOf a | b),  e (anyOf b | c, and a),  f (only recommends c)
const graph = createGraph(
  makeCurriculum([
    makeTopic("a"),
    makeTopic("b", { requires: ["a"] }),
    makeTopic("c", { requires: ["a", "b"] }),
    makeTopic("d", { requires: [["a", "b"]] }),
    makeTopic("e", { requires: [["b", "c"], "a"] }),
    makeTopic("f", { recommends: ["c"] }),
  ]),
);

describe("computeStates: the state rule", () => {
  it.each([
    // done, topic, state, unmet groups
    [[], "a", "available", []],
    [[], "b", "locked", [["a"]]],
    [["a"], "b", "available", []],
    [[], "c", "locked", [["a"], ["b"]]],
    [["a"], "c", "locked", [["b"]]],
    [["b"], "c", "locked", [["a"]]],
    [["a", "b"], "c", "available", []],
    [["a", "b", "c"], "c", "done", []],
    [[], "f", "available", []],
  ] as const)("done %j: %s is %s, unmet %j", (done, id, state, unmet) => {
    const status = computeStates(graph, done).get(id);
    expect(status?.state).toBe(state);
    expect(status?.unmet).toEqual(unmet);
  });

  it.each([
    // anyOf cases: none, either member, both members
    [[], "d", "locked", [["a", "b"]]],
    [["a"], "d", "available", []],
    [["b"], "d", "available", []],
    [["a", "b"], "d", "available", []],
    // an anyOf group next to a plain requirement: both must hold
    [["b"], "e", "locked", [["a"]]],
    [["a"], "e", "locked", [["b", "c"]]],
    [["a", "c"], "e", "available", []],
    [["c"], "e", "locked", [["a"]]],
  ] as const)("anyOf — done %j: %s is %s, unmet %j", (done, id, state, unmet) => {
    const status = computeStates(graph, done).get(id);
    expect(status?.state).toBe(state);
    expect(status?.unmet).toEqual(unmet);
  });

  it("never lets recommends lock a topic", () => {
    expect(computeStates(graph, []).get("f")?.state).toBe("available");
  });

  it("gives a status for every topic, keyed by current id, in curriculum order", () => {
    const states = computeStates(graph, ["a"]);
    expect([...states.keys()]).toEqual(["a", "b", "c", "d", "e", "f"]);
    expect(states.size).toBe(6);
    expect([...states.values()].map((s) => s.state)).toEqual([
      "done",
      "available",
      "locked",
      "available",
      "locked",
      "available",
    ]);
  });

  it("leaves a done topic done when its prerequisite is not, and says so", () => {
    const states = computeStates(graph, ["c"]);
    expect(states.get("c")).toEqual({
      state: "done",
      unmet: [["a"], ["b"]],
      doneWithUnmet: true,
    });
    expect(computeStates(graph, ["a", "b", "c"]).get("c")?.doneWithUnmet).toBe(false);
    expect(computeStates(graph, []).get("b")?.doneWithUnmet).toBe(false);
  });
});

describe("computeStates: electives", () => {
  const electives = createGraph(
    makeCurriculum([
      makeTopic("core"),
      makeTopic("elective", { optional: true, requires: ["core"] }),
      makeTopic("deeper-elective", { optional: true, requires: ["elective"] }),
      makeTopic("next", { requires: ["core"] }),
    ]),
  );

  it.each([
    [[], "elective", "locked"],
    [["core"], "elective", "available"],
    [["core"], "deeper-elective", "locked"],
    [["core", "elective"], "deeper-elective", "available"],
    [["core"], "next", "available"],
  ] as const)("done %j: %s is %s", (done, id, state) => {
    expect(computeStates(electives, done).get(id)?.state).toBe(state);
  });
});

describe("computeStates: aliases and unknown ids in the done set", () => {
  const renamed = createGraph(
    makeCurriculum([
      makeTopic("basics", { aliases: ["intro", "old-basics"] }),
      makeTopic("advanced", { requires: ["basics"] }),
    ]),
  );

  it.each([[["intro"]], [["old-basics"]], [["basics", "intro"]]])(
    "counts done set %j for the renamed topic",
    (done) => {
      const states = computeStates(renamed, done);
      expect(states.get("basics")?.state).toBe("done");
      expect(states.get("advanced")?.state).toBe("available");
    },
  );

  it("keys the map by current ids only", () => {
    const states = computeStates(renamed, ["intro"]);
    expect(states.has("intro")).toBe(false);
    expect(states.get("intro")).toBeUndefined();
  });

  it.each([[["ghost"]], [["", "constructor", "__proto__", "toString"]], [["BASICS", "basics "]]])(
    "ignores unknown ids %j",
    (done) => {
      const states = computeStates(renamed, done);
      expect(states.get("basics")?.state).toBe("available");
      expect(states.get("advanced")?.state).toBe("locked");
    },
  );

  it("survives values that are not strings and done sets that are not iterable", () => {
    const junk = [42, null, undefined, { id: "basics" }, "basics"] as unknown as string[];
    expect(computeStates(renamed, junk).get("basics")?.state).toBe("done");
    expect(computeStates(renamed, null as unknown as string[]).get("basics")?.state).toBe(
      "available",
    );
  });

  it("resolveDone maps aliases to current ids and drops unknown ids", () => {
    expect([...resolveDone(renamed, ["old-basics", "ghost", "advanced"])].sort()).toEqual([
      "advanced",
      "basics",
    ]);
  });
});
