/**
 * The progress store's actions, through its public API: ticks and unticks, undo, imports and
 * settings. Storage problems and loading are in store-persistence.test.ts.
 */
import {
  createProgressStore,
  HISTORY_LIMIT,
  MAX_HOURS_PER_WEEK,
  MIN_HOURS_PER_WEEK,
} from "../../../src/progress";
import { MemoryStorage } from "../../fixtures/progress/memory-storage";

const T = Date.UTC(2026, 10, 2, 8); // a realistic clock: stored times before 2000 are refused
const MINUTE = 60_000;
const YEAR = 366 * 24 * 60 * MINUTE;

/** A store on fresh in-memory storage with a clock the test moves by hand. */
function setup() {
  const clock = { now: T };
  const storage = new MemoryStorage();
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

  it("can be changed at once, with no code to wait for", () => {
    const { state, storage } = setup();
    expect(state().tick("a")).toEqual(["a"]);
    expect(JSON.parse(storage.getItem("test") ?? "null").state.done).toEqual({ a: T });
  });

  it("records when each topic was ticked and keeps the first time", () => {
    const { state, clock } = setup();
    expect(state().tick(["a", "b"])).toEqual(["a", "b"]);
    clock.now = T + MINUTE;
    expect(state().tick(["b", "c"])).toEqual(["c"]);
    expect(state().done).toEqual({ a: T, b: T, c: T + MINUTE });
  });

  it("accepts an explicit tick time and ignores ids that cannot be ids", () => {
    const { state } = setup();
    state().tick(["a", "", "__proto__", "bad id"], T - MINUTE);
    expect(state().done).toEqual({ a: T - MINUTE });
  });

  it.each([
    ["before 2000", Date.UTC(1999, 11, 31)],
    ["over a year ahead", T + YEAR + MINUTE],
    ["the year 275760", 8.64e15],
    ["not a number", Number.NaN],
  ])("ticks now when the explicit time is %s", (_, at) => {
    const { state } = setup();
    state().tick("a", at);
    expect(state().done).toEqual({ a: T });
  });

  it("unticks only what is done", () => {
    const { state } = setup();
    state().tick(["a", "b"]);
    expect(state().untick(["b", "zzz"])).toEqual(["b"]);
    expect(state().done).toEqual({ a: T });
  });

  type Setup = ReturnType<typeof setup>;
  it.each([
    ["a tick", (s: Setup) => s.state().tick("c")],
    ["an untick", (s: Setup) => s.state().untick("a")],
    ["a merge import", (s: Setup) => s.state().importProgress({ c: T - 50, d: T - 60 }, "merge")],
    [
      "a replace import",
      (s: Setup) => s.state().importProgress({ a: T - 10, d: T - 60 }, "replace"),
    ],
  ])("undoes %s, restoring the done set with its tick times", (_, change) => {
    const s = setup();
    s.state().tick(["a", "b"], T - 100);
    const before = s.state().done;
    s.clock.now = T + 5 * MINUTE;
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
    expect(Object.keys(state().done).sort()).toEqual(["a", "b"]);
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
      state().tick(["a", "b"], T - 100);
      const outcome = state().importProgress({ b: T - 5, c: T - 7 }, "merge");
      expect(outcome).toEqual({ added: ["c"], removed: [] });
      expect(state().done).toEqual({ a: T - 100, b: T - 100, c: T - 7 });
    });

    it("replace makes the done set exactly the imported one, with its times", () => {
      const { state } = setup();
      state().tick(["a", "b"], T - 100);
      const outcome = state().importProgress({ b: T - 5, c: T - 7 }, "replace");
      expect(outcome).toEqual({ added: ["c"], removed: ["a"] });
      expect(state().done).toEqual({ b: T - 5, c: T - 7 });
    });

    it("a list of ids (a share link) ticks new ones now and keeps my times", () => {
      const { state, clock } = setup();
      state().tick(["a", "b"], T - 100);
      clock.now = T + 9 * MINUTE;
      state().importProgress(["b", "c"], "replace");
      expect(state().done).toEqual({ b: T - 100, c: T + 9 * MINUTE });
    });

    it("skips malformed entries, and times before 2000 or over a year ahead", () => {
      const { state } = setup();
      state().importProgress(
        { ok: T - 1, "": T, bad: -5, old: 1, far: T + YEAR + 1, max: 8.64e15, v1: 0 },
        "merge",
      );
      // 0 is the unknown tick time of version-1 data, which an export may carry.
      expect(state().done).toEqual({ ok: T - 1, v1: 0 });
    });

    it("leaves a state the store loads again without complaint after an untick", () => {
      // An import of a year-275760 tick used to be accepted, then refused on the next load.
      const { state, storage, clock } = setup();
      state().importProgress({ a: 8.64e15, b: T - 1 }, "merge");
      state().untick("b");
      clock.now = T + MINUTE;
      const again = createProgressStore({ key: "test", storage, now: () => clock.now });
      expect(again.getState()).toMatchObject({ done: {}, storageIssue: null });
    });
  });

  describe("settings", () => {
    it.each([
      [8, 8],
      [0.5, 0.5],
      [0.000001, MIN_HOURS_PER_WEEK],
      [0, MIN_HOURS_PER_WEEK],
      [-3, MIN_HOURS_PER_WEEK],
      [169, MAX_HOURS_PER_WEEK],
      [1e308, MAX_HOURS_PER_WEEK],
      [Number.NaN, 5],
      [Number.POSITIVE_INFINITY, 5],
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
    expect(stored.version).toBe(3);
    expect(Object.keys(stored.state).sort()).toEqual(
      [
        "changedAt",
        "done",
        "goal",
        "hoursPerWeek",
        "inProgress",
        "known",
        "notes",
        "reviewChanges",
        "reviews",
        "settingsAt",
        "unticked",
      ].sort(),
    );
    expect(stored.state.done).toEqual({ a: T });
  });

  it("loads what an earlier session saved", () => {
    const { state, storage } = setup();
    state().tick(["a", "b"], T - 100);
    state().untick("b");
    state().setGoal("a");
    state().setHoursPerWeek(0.2);
    const again = createProgressStore({ key: "test", storage, now: () => T + 3 * MINUTE });
    expect(again.getState()).toMatchObject({
      done: { a: T - 100 },
      unticked: { b: T + 1 }, // later than its tick's own change time, T
      goal: "a",
      hoursPerWeek: MIN_HOURS_PER_WEEK,
      storageIssue: null,
    });
  });
});
