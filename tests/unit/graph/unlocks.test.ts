import { describe, expect, it } from "vitest";
import { createGraph, unlocksOf } from "../../../src/graph";
import { makeCurriculum, makeTopic } from "../../fixtures/graph/factory";

// root ─> left ─> join <─ right <─ root;  join ─> end;  alt (anyOf left | lone);  hint recommends root
const graph = createGraph(
  makeCurriculum([
    makeTopic("root", { aliases: ["old-root"] }),
    makeTopic("lone"),
    makeTopic("right", { requires: ["root"] }),
    makeTopic("left", { requires: ["root"] }),
    makeTopic("join", { requires: ["left", "right"] }),
    makeTopic("end", { requires: ["join"] }),
    makeTopic("alt", { requires: [["left", "lone"]] }),
    makeTopic("hint", { recommends: ["root"] }),
  ]),
);

describe("unlocksOf", () => {
  it.each([
    ["root", ["right", "left"], ["right", "left", "join", "end", "alt"]],
    ["old-root", ["right", "left"], ["right", "left", "join", "end", "alt"]],
    ["left", ["join", "alt"], ["join", "end", "alt"]],
    ["lone", ["alt"], ["alt"]],
    ["end", [], []],
    ["hint", [], []],
    ["ghost", [], []],
  ] as const)("%s unlocks %j directly and %j in total", (id, direct, total) => {
    expect(unlocksOf(graph, id)).toEqual({ direct, total });
  });
});
