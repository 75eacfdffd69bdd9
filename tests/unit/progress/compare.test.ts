import { createGraph } from "../../../src/graph";
import { compareProgress, previewImport, previewLinkImport } from "../../../src/progress/compare";
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

describe("previewLinkImport", () => {
  // Mine: backprop done, rnn (a former id) known, attention in progress, a removed topic done.
  const mine = {
    done: { backprop: 1, rnn: 2, "old-topic": 3 },
    known: { rnn: 2 },
    inProgress: { attention: 4 },
    unticked: {},
    changedAt: {},
  };
  const done = ["linear-models", "recurrent-networks", "backprop"];
  const marks = { known: ["linear-models", "backprop"], inProgress: ["word2vec", "attention"] };

  it("merge: known where I had not started, in progress where I had not started", () => {
    expect(previewLinkImport(graph, mine, done, marks, "merge")).toEqual({
      added: ["linear-models"],
      removed: [],
      remarked: ["word2vec"],
    });
  });

  it("replace: the link's marks, current ids in curriculum order; my known stays known", () => {
    expect(previewLinkImport(graph, mine, done, marks, "replace")).toEqual({
      added: ["linear-models"],
      removed: [],
      remarked: ["backprop", "word2vec"],
    });
    expect(previewLinkImport(graph, mine, [], {}, "replace")).toEqual({
      added: [],
      removed: ["backprop", "recurrent-networks"],
      remarked: ["attention"],
    });
  });
});
