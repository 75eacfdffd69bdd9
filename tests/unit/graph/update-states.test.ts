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
    // done before, changed id, done after, unlocked (reading order)
    [[], "root", ["root"], ["late", "mid", "side"]],
    [["root"], "root", [], []],
    [["root"], "mid", ["root", "mid"], ["leaf", "either"]],
    [["root", "side"], "mid", ["root", "side", "mid"], ["leaf"]],
    [["root", "side", "mid"], "mid", ["root", "side"], []],
    [["root", "mid", "side"], "side", ["root", "mid"], []],
    [[], "leaf", ["leaf"], []],
  ] as const)("from %j, changing %s gives %j and unlocks %j", (before, id, after, unlocked) => {
    const prev = computeStates(graph, before);
    const next = updateStates(graph, prev, new Set(after), id);
    expect(unlockedBy(graph, prev, next)).toEqual(unlocked);
    sameStatuses(next, computeStates(graph, after));
  });

  it("accepts an alias as the changed id and in the done set", () => {
    const prev = computeStates(graph, []);
    const next = updateStates(graph, prev, new Set(["origin"]), "origin");
    expect(next.get("root")?.state).toBe("done");
    expect(unlockedBy(graph, prev, next)).toEqual(["late", "mid", "side"]);
  });

  it("accepts a done list that is not a Set", () => {
    const prev = computeStates(graph, ["root"]);
    const next = updateStates(graph, prev, ["root", "mid"], "mid");
    expect(next.get("leaf")?.state).toBe("available");
  });

  it("returns the previous map when nothing changed or the id is unknown", () => {
    const prev = computeStates(graph, ["root"]);
    expect(updateStates(graph, prev, new Set(["root"]), "root")).toBe(prev);
    expect(updateStates(graph, prev, new Set(["root", "ghost"]), "ghost")).toBe(prev);
  });

  it("keeps the previous map valid and shares untouched status objects", () => {
    const prev = computeStates(graph, ["root"]);
    const before = Object.fromEntries(prev);
    const next = updateStates(graph, prev, new Set(["root", "mid"]), "mid");
    expect(Object.fromEntries(prev)).toEqual(before);
    expect(next.get("side")).toBe(prev.get("side"));
    expect(next.get("late")).toBe(prev.get("late"));
    expect(next.get("leaf")).not.toBe(prev.get("leaf"));
    expect(next.get("mid")?.state).toBe("done");
  });

  it("leaves a topic done when its prerequisite is unticked, and says so", () => {
    const prev = computeStates(graph, ["root", "mid", "leaf"]);
    const next = updateStates(graph, prev, new Set(["root", "leaf"]), "mid");
    expect(next.get("leaf")).toEqual({ state: "done", unmet: [["mid"]], doneWithUnmet: true });
    // `either` had `mid` as its only done member; `leaf` is done and stays done.
    expect(unlockedBy(graph, next, prev)).toEqual(["either"]);
  });

  it("refreshes a done topic whose closure runs through the changed one further down", () => {
    // leaf's own requirement (mid) is done throughout; unticking root opens a gap under mid.
    const prev = computeStates(graph, ["root", "mid", "leaf"]);
    expect(prev.get("leaf")?.doneWithUnmet).toBe(false);
    const next = updateStates(graph, prev, new Set(["mid", "leaf"]), "root");
    expect(next.get("leaf")).toEqual({ state: "done", unmet: [], doneWithUnmet: true });
    expect(next.get("mid")?.doneWithUnmet).toBe(true);
    const back = updateStates(graph, next, new Set(["root", "mid", "leaf"]), "root");
    expect(back.get("leaf")?.doneWithUnmet).toBe(false);
  });

  it("works from a status map it did not build", () => {
    const foreign: StatusMap = new Map(computeStates(graph, []));
    const next = updateStates(graph, foreign, new Set(["root"]), "root");
    expect(unlockedBy(graph, foreign, next)).toEqual(["late", "mid", "side"]);
    sameStatuses(next, computeStates(graph, ["root"]));
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
