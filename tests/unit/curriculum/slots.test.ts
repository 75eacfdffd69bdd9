import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { assignSlots, loadCurriculumDir, serializeSlotTable } from "../../../src/curriculum/index";
import { copyFixture, relativeProblem } from "./fixtures";

const topics = (...ids: (string | [string, string[]])[]) =>
  ids.map((entry) =>
    typeof entry === "string" ? { id: entry, aliases: [] } : { id: entry[0], aliases: entry[1] },
  );

describe("assignSlots", () => {
  const recorded = new Map([
    ["a", 0],
    ["b", 1],
    ["c", 2],
  ]);

  it.each([
    {
      change: "nothing",
      now: topics("a", "b", "c"),
      expected: { a: 0, b: 1, c: 2 },
      changed: false,
    },
    {
      change: "a topic added",
      now: topics("a", "b", "c", "d"),
      expected: { a: 0, b: 1, c: 2, d: 3 },
      changed: true,
    },
    { change: "a topic removed", now: topics("a", "c"), expected: { a: 0, c: 2 }, changed: false },
    {
      change: "removed, then one added",
      now: topics("a", "c", "e"),
      expected: { a: 0, c: 2, e: 3 },
      changed: true,
    },
    {
      change: "b renamed to b2",
      now: topics("a", ["b2", ["b"]], "c"),
      expected: { a: 0, b2: 1, c: 2 },
      changed: true,
    },
    {
      change: "renamed through its first alias that has a slot",
      now: topics("a", ["b2", ["never-had-one", "b"]], "c"),
      expected: { a: 0, b2: 1, c: 2 },
      changed: true,
    },
  ])("keeps every existing slot when $change", ({ now, expected, changed }) => {
    const result = assignSlots(recorded, now);
    expect(Object.fromEntries(result.topicSlots)).toEqual(expected);
    expect(result.changed).toBe(changed);
    for (const [id, slot] of recorded) expect(result.table.get(id)).toBe(slot);
  });

  it("never hands out a retired slot again", () => {
    const first = assignSlots(recorded, topics("a"));
    const second = assignSlots(first.table, topics("a", "x", "y"));
    expect(second.topicSlots.get("x")).toBe(3);
    expect(second.topicSlots.get("y")).toBe(4);
  });

  it("reports a former id reused for a new topic instead of sharing the slot", () => {
    const afterRename = assignSlots(recorded, topics("a", ["b2", ["b"]], "c")).table;
    const result = assignSlots(afterRename, topics("a", "b2", "b", "c"));
    expect(result.clashes).toEqual([{ id: "b", other: "b2", slot: 1 }]);
  });

  it("writes the file sorted by slot, one entry a line, with a final newline", () => {
    const table = new Map([
      ["zeta", 1],
      ["2048", 2],
      ["alpha", 0],
    ]);
    expect(serializeSlotTable(table)).toBe('{\n  "alpha": 0,\n  "zeta": 1,\n  "2048": 2\n}\n');
    expect(serializeSlotTable(new Map())).toBe("{}\n");
  });
});

describe("slots.json across curriculum edits", () => {
  let copy: ReturnType<typeof copyFixture>;
  const slotsOf = () =>
    JSON.parse(readFileSync(join(copy.dir, "slots.json"), "utf8")) as Record<string, number>;
  const topicFile = (id: string) => join(copy.dir, "topics", `${id}.md`);

  beforeEach(() => {
    copy = copyFixture("valid");
  });
  afterEach(() => copy.done());

  it("adds the new topics' slots, keeps old entries, and writes only when something changed", () => {
    const first = loadCurriculumDir(copy.dir, { writeSlots: true });
    expect(first.slotsWritten).toBe(true);
    const text = readFileSync(join(copy.dir, "slots.json"), "utf8");
    expect(text).toBe(
      '{\n  "intro": 0,\n  "combined": 1,\n  "merged-old": 1,\n  "retired-topic": 2,\n  "path-a": 3,\n  "path-b": 4,\n  "elective": 5,\n  "goal-topic": 6\n}\n',
    );
    const second = loadCurriculumDir(copy.dir, { writeSlots: true });
    expect(second.slotsWritten).toBe(false);
  });

  it("survives adding, removing and renaming topics without changing any slot", () => {
    loadCurriculumDir(copy.dir, { writeSlots: true });
    const before = slotsOf();

    // Remove path-b (nothing requires it alone: combined takes path-a or path-b).
    rmSync(topicFile("path-b"));
    const combined = readFileSync(topicFile("combined"), "utf8").replace(
      "anyOf: [path-a, path-b]",
      "anyOf: [path-a]",
    );
    writeFileSync(topicFile("combined"), combined);
    // Rename goal-topic to finale, keeping the old id as an alias.
    const goal = readFileSync(topicFile("goal-topic"), "utf8").replace(
      "id: goal-topic",
      "id: finale\naliases: [goal-topic]",
    );
    writeFileSync(topicFile("finale"), goal);
    rmSync(topicFile("goal-topic"));
    writeFileSync(
      join(copy.dir, "curriculum.yaml"),
      readFileSync(join(copy.dir, "curriculum.yaml"), "utf8").replace(
        "goal: goal-topic",
        "goal: finale",
      ),
    );
    // Add a brand-new topic.
    writeFileSync(
      topicFile("extra"),
      "---\nid: extra\ntitle: 额外\nsection: basics\nsource: extension\n---\n",
    );

    const after = loadCurriculumDir(copy.dir, { writeSlots: true });
    expect(
      after.problems.filter((p) => p.severity === "error").map((p) => relativeProblem(p, copy.dir)),
    ).toEqual([]);
    const slots = slotsOf();
    for (const [id, slot] of Object.entries(before)) expect(slots[id]).toBe(slot);
    expect(slots.finale).toBe(before["goal-topic"]);
    expect(slots.extra).toBe(7);

    const curriculum = after.output?.curriculum;
    expect(curriculum?.topics.find((t) => t.id === "finale")?.slot).toBe(6);
    // The removed topic's slot stays taken (retired); the former id maps to the new one.
    expect(curriculum?.slots["path-b"]).toBe(4);
    expect(curriculum?.slots["goal-topic"]).toBeUndefined();
    expect(curriculum?.aliases["goal-topic"]).toBe("finale");
    expect(curriculum?.slotCount).toBe(8);
  });

  it("does not write slots while the curriculum has errors", () => {
    writeFileSync(topicFile("broken"), "---\nid: broken\n---\n");
    const before = readFileSync(join(copy.dir, "slots.json"), "utf8");
    const result = loadCurriculumDir(copy.dir, { writeSlots: true });
    expect(result.output).toBeUndefined();
    expect(readFileSync(join(copy.dir, "slots.json"), "utf8")).toBe(before);
  });

  it("reports a new topic that takes the former id of a renamed one", () => {
    loadCurriculumDir(copy.dir, { writeSlots: true }); // records combined's inherited slot
    renameSync(topicFile("elective"), topicFile("merged-old"));
    writeFileSync(
      topicFile("merged-old"),
      readFileSync(topicFile("merged-old"), "utf8").replace("id: elective", "id: merged-old"),
    );
    writeFileSync(
      topicFile("combined"),
      readFileSync(topicFile("combined"), "utf8")
        .replace(/aliases: .*\n/, "")
        .replace("recommends: [elective]", ""),
    );
    const result = loadCurriculumDir(copy.dir, { writeSlots: true });
    const errors = result.problems
      .filter((p) => p.severity === "error")
      .map((p) => relativeProblem(p, copy.dir));
    expect(errors).toEqual([
      {
        file: "topics/merged-old.md",
        line: undefined,
        message: expect.stringMatching(/^'merged-old' and 'combined' share slot 1 in slots\.json/),
      },
    ]);
  });
});
