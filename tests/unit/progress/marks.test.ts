/**
 * Marks (interface.md §4): not started, in progress, done and known, set with `setMark`;
 * `tick` / `untick` keep their meaning (known counts as done).
 */
import fc from "fast-check";
import {
  createProgressStore,
  doneOrKnownIds,
  type Mark,
  MARKS,
  markKindOf,
  markOf,
  studiedDone,
} from "../../../src/progress";
import { mergeProgress } from "../../../src/progress/merge";
import { emptyProgress, restoreProgress } from "../../../src/progress/progress-state";
import { MemoryStorage } from "../../fixtures/progress/memory-storage";

const T = Date.UTC(2026, 10, 2, 8);
const MINUTE = 60_000;

function setup() {
  const clock = { now: T };
  const storage = new MemoryStorage();
  const store = createProgressStore({ key: "test", storage, now: () => clock.now });
  const saved = () => JSON.parse(storage.getItem("test") ?? "null").state;
  return { store, storage, clock, state: () => store.getState(), saved };
}

describe("setMark", () => {
  it("sets each of the four marks and saves them", () => {
    const { state, saved } = setup();
    expect(state().setMark(["a", "b"], "done")).toEqual(["a", "b"]);
    expect(state().setMark("c", "known", T - MINUTE)).toEqual(["c"]);
    expect(state().setMark("d", "in-progress")).toEqual(["d"]);
    expect(markKindOf(state(), "a")).toBe("done");
    expect(markOf(state(), "c")).toEqual({ kind: "known", at: T - MINUTE });
    expect(markOf(state(), "d")).toEqual({ kind: "in-progress", at: T });
    expect(markKindOf(state(), "e")).toBe("none");
    expect(saved()).toMatchObject({
      done: { a: T, b: T, c: T - MINUTE },
      known: { c: T - MINUTE },
      inProgress: { d: T },
    });
  });

  it("counts known as done for unlocking, but not for review", () => {
    const { state } = setup();
    state().setMark("a", "done");
    state().setMark("b", "known");
    state().setMark("c", "in-progress");
    expect(doneOrKnownIds(state()).sort()).toEqual(["a", "b"]);
    expect(state().done).toEqual({ a: T, b: T });
    expect(studiedDone(state())).toEqual({ a: T });
  });

  it("clears in progress when a topic is set done or known, and done when set in progress", () => {
    const { state, clock } = setup();
    state().setMark(["a", "b"], "in-progress");
    clock.now = T + MINUTE;
    state().setMark("a", "done");
    state().setMark("b", "known");
    expect(state().inProgress).toEqual({});
    expect(state().done).toEqual({ a: T + MINUTE, b: T + MINUTE });
    clock.now = T + 2 * MINUTE;
    expect(state().setMark(["a", "b"], "in-progress")).toEqual(["a", "b"]);
    expect(state().done).toEqual({});
    expect(state().known).toEqual({});
    expect(state().inProgress).toEqual({ a: T + 2 * MINUTE, b: T + 2 * MINUTE });
  });

  it("leaves ids that already have the mark alone, with their time", () => {
    const { state, clock } = setup();
    state().setMark("a", "known");
    clock.now = T + MINUTE;
    expect(state().setMark(["a", "b"], "known")).toEqual(["b"]);
    expect(state().known).toEqual({ a: T, b: T + MINUTE });
    expect(state().history).toHaveLength(2);
    expect(state().setMark("a", "known")).toEqual([]);
    expect(state().history).toHaveLength(2);
  });

  it("sets back to not started with a tombstone", () => {
    const { state, clock } = setup();
    state().setMark(["a", "b"], "in-progress");
    clock.now = T + MINUTE;
    expect(state().setMark(["a", "b", "never"], "none")).toEqual(["a", "b"]);
    expect(state().inProgress).toEqual({});
    expect(state().unticked).toEqual({ a: T + MINUTE, b: T + MINUTE });
  });

  it("ignores ids that cannot be ids, marks it does not know and implausible times", () => {
    const { state } = setup();
    expect(state().setMark(["", "__proto__", "has space"], "done")).toEqual([]);
    expect(state().setMark("a", "finished" as Mark)).toEqual([]);
    state().setMark("a", "done", Date.UTC(1999, 0, 1));
    expect(state().done).toEqual({ a: T });
  });

  it("undoes a multi-id call as one step, back to each topic's earlier mark", () => {
    const { state, clock } = setup();
    state().setMark("a", "in-progress");
    state().setMark("b", "done", T - MINUTE);
    clock.now = T + MINUTE;
    state().setMark(["a", "b", "c"], "known");
    expect(state().done).toEqual({ a: T + MINUTE, b: T + MINUTE, c: T + MINUTE });
    expect(state().history.at(-1)?.kind).toBe("mark");
    expect(state().undo()).toBe(true);
    expect(markOf(state(), "a")).toEqual({ kind: "in-progress", at: T });
    expect(markOf(state(), "b")).toEqual({ kind: "done", at: T - MINUTE });
    expect(markKindOf(state(), "c")).toBe("none");
  });
});

describe("tick and untick with marks", () => {
  it("tick makes a topic done and clears in progress; a known topic stays known", () => {
    const { state } = setup();
    state().setMark("a", "in-progress");
    state().setMark("k", "known");
    expect(state().tick(["a", "k"])).toEqual(["a"]);
    expect(markKindOf(state(), "a")).toBe("done");
    expect(markKindOf(state(), "k")).toBe("known");
    expect(state().inProgress).toEqual({});
  });

  it("untick clears done and known, not in progress", () => {
    const { state } = setup();
    state().setMark("a", "done");
    state().setMark("k", "known");
    state().setMark("p", "in-progress");
    expect(state().untick(["a", "k", "p"]).sort()).toEqual(["a", "k"]);
    expect(state().done).toEqual({});
    expect(state().known).toEqual({});
    expect(markKindOf(state(), "p")).toBe("in-progress");
  });
});

describe("marks across copies", () => {
  const marks = fc.constantFrom<Mark>(...MARKS);
  const edits = fc.array(
    fc.record({
      id: fc.constantFrom("a", "b", "c"),
      mark: marks,
      step: fc.integer({ min: 0, max: 5 }),
    }),
    { maxLength: 12 },
  );

  /** Progress after a series of edits made through a store, on its own clock. */
  function progressAfter(list: readonly { id: string; mark: Mark; step: number }[], start: number) {
    const clock = { now: start };
    const store = createProgressStore({ key: "k", storage: null, now: () => clock.now });
    for (const { id, mark, step } of list) {
      clock.now += step * MINUTE;
      store.getState().setMark(id, mark);
    }
    return restoreProgress(store.getState(), T + 100 * MINUTE).progress;
  }

  it("merge is commutative and idempotent and gives a copy with one mark per topic", () => {
    fc.assert(
      fc.property(edits, edits, fc.integer({ min: 0, max: 30 }), (left, right, offset) => {
        const a = progressAfter(left, T);
        const b = progressAfter(right, T + offset * MINUTE);
        const ab = mergeProgress(a, b);
        expect(mergeProgress(b, a)).toEqual(ab);
        expect(mergeProgress(ab, ab)).toEqual(ab);
        expect(mergeProgress(ab, a)).toEqual(ab);
        // The merged copy restores to itself: no contradictory marks.
        expect(restoreProgress(ab, T + 100 * MINUTE)).toEqual({ progress: ab, dropped: 0 });
      }),
    );
  });

  it("a later mark wins; a tie keeps the mark over a tombstone", () => {
    const base = emptyProgress();
    const done = { ...base, done: { a: T } };
    const started = { ...base, inProgress: { a: T + 5 } };
    const cleared = { ...base, unticked: { a: T } };
    expect(markKindOf(mergeProgress(done, started), "a")).toBe("in-progress");
    expect(markKindOf(mergeProgress(started, done), "a")).toBe("in-progress");
    expect(markKindOf(mergeProgress(cleared, done), "a")).toBe("done");
    expect(markKindOf(mergeProgress(done, cleared), "a")).toBe("done");
  });

  it("restores a stored value with two marks for one topic to the later one", () => {
    const { progress, dropped } = restoreProgress(
      { done: { a: T, b: T + 9 }, inProgress: { a: T + 5, b: T }, known: { a: T, x: T } },
      T,
    );
    expect(progress.done).toEqual({ b: T + 9 });
    expect(progress.inProgress).toEqual({ a: T + 5 });
    expect(progress.known).toEqual({});
    expect(dropped).toBeGreaterThan(0); // the known entry of x has no done entry
  });
});
