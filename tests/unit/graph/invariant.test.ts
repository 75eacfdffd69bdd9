import { describe, expect, it } from "vitest";
import { createGraph } from "../../../src/graph";
import type { GraphIndex } from "../../../src/graph/graph-index";
import { at, byteAt, defined, floatAt, intAt } from "../../../src/graph/invariant";
import { makeCurriculum, makeTopic } from "../../fixtures/graph/factory";

describe("invariant helpers: an impossible index throws instead of reading topic 0", () => {
  it.each([
    ["at", () => at(["a", "b"], 2)],
    ["at, negative", () => at(["a"], -1)],
    ["intAt", () => intAt(new Int32Array(3), 3)],
    ["byteAt", () => byteAt(new Uint8Array(1), 5)],
    ["floatAt", () => floatAt(new Float64Array(0), 0)],
    ["idAt", () => (createGraph(makeCurriculum([makeTopic("a")])) as GraphIndex).idAt(1)],
  ])("%s", (_, read) => {
    expect(read).toThrow(RangeError);
  });

  it("names the index and the range", () => {
    expect(() => intAt(new Int32Array(3), 7)).toThrow("index 7 is outside 0..2");
    expect(() => defined(undefined, "a replay")).toThrow("missing a replay");
  });

  it("reads in-range values, zeros included", () => {
    expect(at(["a", "b"], 1)).toBe("b");
    expect(intAt(Int32Array.of(0, -4), 1)).toBe(-4);
    expect(byteAt(new Uint8Array(2), 0)).toBe(0);
    expect(floatAt(Float64Array.of(0.5), 0)).toBe(0.5);
    expect(defined(0, "zero")).toBe(0);
  });
});

describe("the index takes the order the compiler ships", () => {
  const topics = [makeTopic("a"), makeTopic("b"), makeTopic("c", { requires: ["a"] })];

  it("follows the shipped order rather than sorting again", () => {
    const curriculum = { ...makeCurriculum(topics), order: ["b", "a", "c"] };
    expect(createGraph(curriculum).order).toEqual(["b", "a", "c"]);
  });

  it("skips unknown and repeated ids and appends topics the list misses, in reading order", () => {
    const curriculum = { ...makeCurriculum(topics), order: ["ghost", "c", "c"] };
    expect(createGraph(curriculum).order).toEqual(["c", "a", "b"]);
    const missing = { ...makeCurriculum(topics), order: undefined as unknown as string[] };
    expect(createGraph(missing).order).toEqual(["a", "b", "c"]);
  });
});
