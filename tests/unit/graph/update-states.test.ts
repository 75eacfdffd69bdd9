import { describe, expect, it } from "vitest";
import {
  computeStates,
  createGraph,
  type StatusMap,
  unlockedBy,
  updateStates,
} from "../../../src/graph";
import { makeCurriculum, makeTopic } from "../../fixtures/graph/factory";

// root ─> mid ─> leaf;  root ─> side;  either (anyOf mid | side);  late (section "b") needs root
const graph = createGraph(
  makeCurriculum(
    [
      makeTopic("late", { section: "b", requires: ["root"] }),
      makeTopic("root", { aliases: ["origin"] }),
      makeTopic("mid", { requires: ["root"] }),
      makeTopic("leaf", { requires: ["mid"] }),
      makeTopic("side", { requires: ["root"] }),
      makeTopic("either", { requires: [["mid", "side"]] }),
    ],
    { sections: ["a", "b"] },
  ),
);

const sameStatuses = (a: StatusMap, b: StatusMap) =>
  expect(Object.fromEntries(a)).toEqual(Object.fromEntries(b));

describe("updateStates", () => {
  it.each([
    // done before, changed id, done after, newly available, newly locked
    [[], "root", ["root"], ["late", "mid", "side"], []],
    [["root"], "root", [], [], ["late", "mid", "side"]],
    [["root"], "mid", ["root", "mid"], ["leaf", "either"], []],
    [["root", "side"], "mid", ["root", "side", "mid"], ["leaf"], []],
    [["root", "side", "mid"], "mid", ["root", "side"], [], ["leaf"]],
    [["root", "mid", "side"], "side", ["root", "mid"], [], []],
    [[], "leaf", ["leaf"], [], []],
  ] as const)(
    "from %j, changing %s gives %j: newly available %j, newly locked %j",
    (before, id, after, newlyAvailable, newlyLocked) => {
      const prev = computeStates(graph, before);
      const update = updateStates(graph, prev, new Set(after), id);
      expect(update.newlyAvailable).toEqual(newlyAvailable);
      expect(update.newlyLocked).toEqual(newlyLocked);
      sameStatuses(update.states, computeStates(graph, after));
    },
  );

  it("accepts an alias as the changed id and in the done set", () => {
    const prev = computeStates(graph, []);
    const update = updateStates(graph, prev, new Set(["origin"]), "origin");
    expect(update.states.get("root")?.state).toBe("done");
    expect(update.newlyAvailable).toEqual(["late", "mid", "side"]);
  });

  it("accepts a done list that is not a Set", () => {
    const prev = computeStates(graph, ["root"]);
    const update = updateStates(graph, prev, ["root", "mid"], "mid");
    expect(update.states.get("leaf")?.state).toBe("available");
  });

  it("returns the previous map when nothing changed or the id is unknown", () => {
    const prev = computeStates(graph, ["root"]);
    expect(updateStates(graph, prev, new Set(["root"]), "root").states).toBe(prev);
    expect(updateStates(graph, prev, new Set(["root", "ghost"]), "ghost")).toEqual({
      states: prev,
      newlyAvailable: [],
      newlyLocked: [],
    });
  });

  it("keeps the previous map valid and shares untouched status objects", () => {
    const prev = computeStates(graph, ["root"]);
    const before = Object.fromEntries(prev);
    const next = updateStates(graph, prev, new Set(["root", "mid"]), "mid").states;
    expect(Object.fromEntries(prev)).toEqual(before);
    expect(next.get("side")).toBe(prev.get("side"));
    expect(next.get("late")).toBe(prev.get("late"));
    expect(next.get("leaf")).not.toBe(prev.get("leaf"));
    expect(next.get("mid")?.state).toBe("done");
  });

  it("leaves a topic done when its prerequisite is unticked", () => {
    const prev = computeStates(graph, ["root", "mid", "leaf"]);
    const update = updateStates(graph, prev, new Set(["root", "leaf"]), "mid");
    expect(update.states.get("leaf")).toEqual({
      state: "done",
      unmet: [["mid"]],
      doneWithUnmet: true,
    });
    // `either` had `mid` as its only done member; `leaf` is done and stays done.
    expect(update.newlyLocked).toEqual(["either"]);
  });

  it("works from a status map it did not build", () => {
    const foreign: StatusMap = new Map(computeStates(graph, []));
    const update = updateStates(graph, foreign, new Set(["root"]), "root");
    expect(update.newlyAvailable).toEqual(["late", "mid", "side"]);
    sameStatuses(update.states, computeStates(graph, ["root"]));
  });
});

describe("unlockedBy", () => {
  it.each([
    [[], ["root"], ["late", "mid", "side"]],
    [["root"], ["root", "mid", "side"], ["leaf", "either"]],
    [["root"], [], []],
    [[], ["mid"], ["leaf", "either"]],
    [["root", "mid"], ["root", "mid", "leaf"], []],
  ] as const)("from %j to %j unlocks %j", (before, after, unlocked) => {
    expect(unlockedBy(graph, computeStates(graph, before), computeStates(graph, after))).toEqual(
      unlocked,
    );
  });
});
