import { findCycles, topologicalOrder } from "../../../src/curriculum/graph-algorithms";
import { checkCurriculum } from "../../../src/curriculum/index";
import { MEMORY_ROOT, memoryFolder, relativeProblem, topicText } from "./fixtures";

describe("findCycles", () => {
  it.each([
    { name: "a DAG", edges: [[1], [2], []], cycles: [] },
    {
      name: "a triangle",
      edges: [[1], [2], [0]],
      cycles: [{ cycle: [0, 1, 2], componentSize: 3 }],
    },
    {
      name: "two separate loops",
      edges: [[1], [0], [3], [4], [2]],
      cycles: [
        { cycle: [0, 1], componentSize: 2 },
        { cycle: [2, 3, 4], componentSize: 3 },
      ],
    },
    {
      name: "a knot of several loops, reported once by its shortest loop through the first node",
      edges: [[1, 3], [2], [0], [1]],
      cycles: [{ cycle: [0, 1, 2], componentSize: 4 }],
    },
  ])("finds the cycles of $name", ({ edges, cycles }) => {
    expect(findCycles(edges)).toEqual(cycles);
  });

  it("handles a 100,000-node loop without recursion", () => {
    const n = 100_000;
    const edges = Array.from({ length: n }, (_, i) => [(i + 1) % n]);
    const [only, ...rest] = findCycles(edges);
    expect(rest).toEqual([]);
    expect(only?.cycle).toHaveLength(n);
    expect(only?.cycle[0]).toBe(0);
  });
});

describe("topologicalOrder", () => {
  it("puts requirements first and breaks ties by priority", () => {
    // 2 needs 0; 1 and 0 are free; priority prefers 1 over 0.
    expect(topologicalOrder([[], [], [0]], [5, 1, 0])).toEqual([1, 0, 2]);
  });

  it("returns undefined when there is a cycle", () => {
    expect(topologicalOrder([[1], [0]], [0, 1])).toBeUndefined();
  });

  it("orders a 100,000-topic chain", () => {
    const n = 100_000;
    const requirements = Array.from({ length: n }, (_, i) => (i === 0 ? [] : [i - 1]));
    const order = topologicalOrder(requirements, new Int32Array(n));
    expect(order?.[0]).toBe(0);
    expect(order?.[n - 1]).toBe(n - 1);
  });
});

describe("cycle messages", () => {
  it("prints each cycle once, from its first topic, with the line naming the next", () => {
    const folder = memoryFolder({
      "topics/a.md": topicText("a", "requires: [b]"),
      "topics/b.md": topicText("b", "requires: [a]"),
      "topics/c.md": topicText("c", "requires:", "  - anyOf: [x, d]", "  - a"),
      "topics/d.md": topicText("d", "requires: [e]"),
      "topics/e.md": topicText("e", "requires: [c]"),
      "topics/x.md": topicText("x"),
    });
    const { problems } = checkCurriculum(folder);
    expect(problems.map((p) => relativeProblem(p, MEMORY_ROOT))).toEqual([
      { file: "topics/a.md", line: 6, message: "cycle in requires: a -> b -> a" },
      { file: "topics/c.md", line: 7, message: "cycle in requires: c -> d -> e -> c" },
    ]);
  });

  it("finds a cycle that runs through 3,000 topics", { timeout: 30_000 }, () => {
    const n = 3000;
    const id = (i: number) => `t${String(i).padStart(5, "0")}`;
    const files: Record<string, string> = {};
    for (let i = 0; i < n; i++)
      files[`topics/${id(i)}.md`] = topicText(id(i), `requires: [${id((i + 1) % n)}]`);
    const { problems } = checkCurriculum(memoryFolder(files));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(
      /^cycle in requires: t00000 -> t00001 -> .* -> t02999 -> t00000$/,
    );
  });
});
