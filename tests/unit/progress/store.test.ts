import { loadWriteSide } from "../../../src/progress/load-write-side";
import { createProgressStore, HISTORY_LIMIT } from "../../../src/progress/store";
import { createMemoryStorage } from "../../fixtures/progress/memory-storage";

// Edits and storage writes live in the write side, which the app loads after the first paint.
beforeAll(() => loadWriteSide());

/** A store on fresh in-memory storage with a clock the test moves by hand. */
function setup() {
  const clock = { now: 1_000 };
  const storage = createMemoryStorage();
  const store = createProgressStore({ key: "test", storage, now: () => clock.now });
  return { store, storage, clock, state: () => store.getState() };
}

describe("progress store", () => {
  it("starts empty with the default pace and no storage issue", () => {
    const { state } = setup();
    expect(state()).toMatchObject({
      done: {},
      goal: null,
      hoursPerWeek: 5,
      history: [],
      storageIssue: null,
    });
  });

  it("records when each topic was ticked and keeps the first time", () => {
    const { state, clock } = setup();
    expect(state().tick(["a", "b"])).toEqual(["a", "b"]);
    clock.now = 2_000;
    expect(state().tick(["b", "c"])).toEqual(["c"]);
    expect(state().done).toEqual({ a: 1_000, b: 1_000, c: 2_000 });
  });

  it("accepts an explicit tick time and ignores ids that cannot be ids", () => {
    const { state } = setup();
    state().tick(["a", "", "__proto__", "bad id"], 500);
    expect(state().done).toEqual({ a: 500 });
  });

  it("unticks only what is done", () => {
    const { state } = setup();
    state().tick(["a", "b"]);
    expect(state().untick(["b", "zzz"])).toEqual(["b"]);
    expect(state().done).toEqual({ a: 1_000 });
  });

  it.each([
    ["a tick", (s: ReturnType<typeof setup>) => s.state().tick("c")],
    ["an untick", (s: ReturnType<typeof setup>) => s.state().untick("a")],
    [
      "a merge import",
      (s: ReturnType<typeof setup>) => s.state().importProgress({ c: 50, d: 60 }, "merge"),
    ],
    [
      "a replace import",
      (s: ReturnType<typeof setup>) => s.state().importProgress({ a: 10, d: 60 }, "replace"),
    ],
  ])("undoes %s, restoring the done set with its tick times", (_, change) => {
    const s = setup();
    s.state().tick(["a", "b"], 100);
    const before = s.state().done;
    s.clock.now = 5_000;
    change(s);
    expect(s.state().done).not.toEqual(before);
    expect(s.state().undo()).toBe(true);
    expect(s.state().done).toEqual(before);
  });

  it("undoes step by step and says when there is nothing left", () => {
    const { state } = setup();
    state().tick("a");
    state().tick("b");
    state().untick("a");
    expect(state().history.map((entry) => entry.kind)).toEqual(["tick", "tick", "untick"]);
    state().undo();
    expect(Object.keys(state().done)).toEqual(["a", "b"]);
    state().undo();
    state().undo();
    expect(state().done).toEqual({});
    expect(state().undo()).toBe(false);
  });

  it("adds no history entry for a change that changes nothing", () => {
    const { state } = setup();
    state().tick("a");
    state().tick("a");
    state().untick("zzz");
    expect(state().history).toHaveLength(1);
  });

  it(`keeps at most ${HISTORY_LIMIT} undo steps`, () => {
    const { state } = setup();
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) state().tick(`t${i}`);
    expect(state().history).toHaveLength(HISTORY_LIMIT);
  });

  describe("importProgress", () => {
    it("merge adds new topics with their times and leaves mine alone", () => {
      const { state } = setup();
      state().tick(["a", "b"], 100);
      const outcome = state().importProgress({ b: 5, c: 7 }, "merge");
      expect(outcome).toEqual({ added: ["c"], removed: [] });
      expect(state().done).toEqual({ a: 100, b: 100, c: 7 });
    });

    it("replace makes the done set exactly the imported one, with its times", () => {
      const { state } = setup();
      state().tick(["a", "b"], 100);
      const outcome = state().importProgress({ b: 5, c: 7 }, "replace");
      expect(outcome).toEqual({ added: ["c"], removed: ["a"] });
      expect(state().done).toEqual({ b: 5, c: 7 });
    });

    it("a list of ids (a share link) ticks new ones now and keeps my times", () => {
      const { state, clock } = setup();
      state().tick(["a", "b"], 100);
      clock.now = 9_000;
      state().importProgress(["b", "c"], "replace");
      expect(state().done).toEqual({ b: 100, c: 9_000 });
    });

    it("skips malformed entries", () => {
      const { state } = setup();
      state().importProgress({ ok: 1, "": 2, bad: -5 }, "merge");
      expect(state().done).toEqual({ ok: 1 });
    });
  });

  describe("settings", () => {
    it.each([
      [8, 8],
      [0.5, 0.5],
      [0, 5],
      [-3, 5],
      [169, 5],
      [Number.NaN, 5],
    ])("setHoursPerWeek(%s) leaves %s", (hours, expected) => {
      const { state } = setup();
      state().setHoursPerWeek(hours);
      expect(state().hoursPerWeek).toBe(expected);
    });

    it("sets and clears the goal, ignoring values that cannot be ids", () => {
      const { state } = setup();
      state().setGoal("attention");
      state().setGoal("not an id");
      expect(state().goal).toBe("attention");
      state().setGoal(null);
      expect(state().goal).toBeNull();
    });
  });

  it("persists only the progress, not the undo stack or storage state", () => {
    const { state, storage } = setup();
    state().tick("a");
    const stored = JSON.parse(storage.getItem("test") ?? "null");
    expect(stored.version).toBe(2);
    expect(Object.keys(stored.state).sort()).toEqual(
      ["changedAt", "done", "goal", "hoursPerWeek", "settingsAt", "unticked"].sort(),
    );
    expect(stored.state.done).toEqual({ a: 1_000 });
  });

  it("loads what an earlier session saved", () => {
    const { state, storage } = setup();
    state().tick(["a", "b"], 100);
    state().untick("b");
    state().setGoal("a");
    const again = createProgressStore({ key: "test", storage, now: () => 3_000 }).getState();
    expect(again.done).toEqual({ a: 100 });
    expect(again.goal).toBe("a");
    expect(again.storageIssue).toBeNull();
  });
});
