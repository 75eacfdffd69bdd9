import { createGraph } from "../../../src/graph";
import { compareProgress, previewImport } from "../../../src/progress/compare";
import { curriculumV2 } from "../../fixtures/progress/curricula";

const graph = createGraph(curriculumV2);

describe("compareProgress", () => {
  it("splits two done sets by who has done what, in curriculum order", () => {
    expect(
      compareProgress(
        graph,
        ["attention", "backprop", "linear-models"],
        ["linear-models", "word2vec", "backprop"],
      ),
    ).toEqual({
      both: ["linear-models", "backprop"],
      onlyTheirs: ["word2vec"],
      onlyMine: ["attention"],
    });
  });

  it("maps aliases to their topic and leaves removed topics out", () => {
    expect(compareProgress(graph, ["rnn", "old-topic"], ["recurrent-networks"])).toEqual({
      both: ["recurrent-networks"],
      onlyTheirs: [],
      onlyMine: [],
    });
  });
});

describe("previewImport", () => {
  const mine = { backprop: 1, rnn: 2, "old-topic": 3 };
  const incoming = ["recurrent-networks", "word2vec"];

  it.each([
    ["merge", undefined, { added: ["recurrent-networks", "word2vec"], removed: [] }],
    [
      "replace",
      undefined,
      { added: ["recurrent-networks", "word2vec"], removed: ["backprop", "rnn", "old-topic"] },
    ],
    ["merge", graph, { added: ["word2vec"], removed: [] }],
    ["replace", graph, { added: ["word2vec"], removed: ["backprop"] }],
  ] as const)("%s (graph given: %s)", (mode, withGraph, expected) => {
    expect(previewImport(mine, incoming, mode, withGraph)).toEqual(expected);
  });
});
