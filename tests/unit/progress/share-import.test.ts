/**
 * Importing a share link that carries marks (`importShareLink`, applied through the store's
 * `setMarks` as one undo step), and the pure plan behind it and behind the import preview.
 */
import fc from "fast-check";
import { createProgressStore } from "../../../src/progress";
import { type Mark, markKindOf } from "../../../src/progress/marks";
import {
  importedMark,
  importShareLink,
  linkMarks,
  planLinkImport,
} from "../../../src/progress/share-import";
import { MemoryStorage } from "../../fixtures/progress/memory-storage";

const T = Date.UTC(2026, 10, 2, 8);
const LATER = T + 60_000;

/** A store holding `marks` (set at T), with a clock at LATER. */
function storeWith(marks: Readonly<Record<string, Mark>>) {
  const clock = { now: T };
  const store = createProgressStore({
    key: "test",
    storage: new MemoryStorage(),
    now: () => clock.now,
  });
  store.getState().setMarks(Object.entries(marks), T);
  clock.now = LATER;
  const state = () => store.getState();
  const markOf = (id: string) => markKindOf(state(), id);
  return { state, markOf };
}

const IDS = ["a", "b", "c", "d", "e"] as const;
const MARKS: readonly Mark[] = ["none", "in-progress", "done", "known"];
const RANK: Record<Mark, number> = { none: 0, "in-progress": 1, done: 2, known: 2 };

describe("importing a share link with marks", () => {
  it("merge: known becomes known where I had not started or was studying; mine stays, times too", () => {
    const { state, markOf } = storeWith({ a: "in-progress", b: "done", c: "known" });
    const outcome = importShareLink(
      state(),
      ["a", "b", "c", "d"],
      { known: ["a", "b", "c", "d"] },
      "merge",
    );
    expect(IDS.map(markOf)).toEqual(["known", "done", "known", "known", "none"]);
    expect(outcome).toEqual({ added: ["a", "d"], removed: [] });
    expect(state().done).toEqual({ a: LATER, b: T, c: T, d: LATER });
  });

  it("merge: in progress only where I had not started; done there stays done", () => {
    const { state, markOf } = storeWith({ a: "done", b: "in-progress" });
    importShareLink(state(), [], { inProgress: ["a", "b", "c"] }, "merge");
    expect(IDS.map(markOf)).toEqual(["done", "in-progress", "in-progress", "none", "none"]);
    expect(state().inProgress).toEqual({ b: T, c: LATER });
  });

  it("replace: my marks become the link's", () => {
    const { state, markOf } = storeWith({ a: "done", b: "in-progress", c: "known", e: "done" });
    const outcome = importShareLink(
      state(),
      ["a", "d"],
      {
        known: ["a"],
        inProgress: ["c"],
      },
      "replace",
    );
    expect(IDS.map(markOf)).toEqual(["known", "none", "in-progress", "done", "none"]);
    // A changed mark (a: done -> known) is new; a mark kept keeps its time.
    expect(state().done).toEqual({ a: LATER, d: LATER });
    expect(outcome).toEqual({ added: ["d"], removed: ["c", "e"] });
  });

  it("keeps a known topic known when the link only says done (it may predate marks)", () => {
    for (const mode of ["merge", "replace"] as const) {
      const { state, markOf } = storeWith({ a: "known" });
      importShareLink(state(), ["a"], {}, mode);
      expect(markOf("a"), mode).toBe("known");
      expect(state().history, mode).toHaveLength(1);
    }
  });

  it("is one undo step, whatever it changed", () => {
    const before = { a: "done", b: "in-progress", c: "known" } as const;
    const { state, markOf } = storeWith(before);
    importShareLink(state(), ["d", "e"], { known: ["d"], inProgress: ["a"] }, "replace");
    expect(state().undo()).toBe(true);
    expect(IDS.map(markOf)).toEqual(["done", "in-progress", "known", "none", "none"]);
    expect(state().done).toEqual({ a: T, c: T });
    expect(state().inProgress).toEqual({ b: T });
  });

  it("reads my marks kept under a former id as the renamed topic's", () => {
    const aliases = { nn: "neural-nets" };
    const kept = storeWith({ nn: "done" });
    importShareLink(kept.state(), ["neural-nets"], { known: ["neural-nets"] }, "merge", aliases);
    importShareLink(kept.state(), ["neural-nets"], {}, "replace", aliases);
    expect(kept.state().history).toHaveLength(1);
    expect(kept.state().done).toEqual({ nn: T });

    const moved = storeWith({ nn: "in-progress" });
    const outcome = importShareLink(
      moved.state(),
      ["neural-nets"],
      { known: ["neural-nets"] },
      "merge",
      aliases,
    );
    expect(outcome).toEqual({ added: ["neural-nets"], removed: [] });
    expect([moved.markOf("neural-nets"), moved.markOf("nn")]).toEqual(["known", "none"]);
    expect(moved.state().undo()).toBe(true);
    expect([moved.markOf("neural-nets"), moved.markOf("nn")]).toEqual(["none", "in-progress"]);
  });

  it("ignores marks that cannot hold and input that is not a list", () => {
    const { state, markOf } = storeWith({});
    const hostile = { known: "a", inProgress: [5, "", "b", "c"] } as unknown as {
      known: string[];
      inProgress: string[];
    };
    importShareLink(state(), ["b"], hostile, "merge");
    // "b" is done in the link, so its in-progress mark is dropped; "a" was never a list.
    expect(IDS.map(markOf)).toEqual(["none", "done", "in-progress", "none", "none"]);
    importShareLink(state(), [], { known: ["d"] }, "merge");
    expect(markOf("d")).toBe("none");
  });

  it("merge never moves a topic back; replace leaves exactly the link's marks", () => {
    const markArb = fc.constantFrom(...MARKS);
    const marksArb = fc.tuple(...IDS.map(() => markArb));
    fc.assert(
      fc.property(marksArb, marksArb, (mineList, theirsList) => {
        const mine = Object.fromEntries(IDS.map((id, i) => [id, mineList[i] ?? "none"]));
        const theirs = IDS.map((id, i) => [id, theirsList[i] ?? "none"] as const);
        const done = theirs.filter(([, m]) => m === "done" || m === "known").map(([id]) => id);
        const known = theirs.filter(([, m]) => m === "known").map(([id]) => id);
        const inProgress = theirs.filter(([, m]) => m === "in-progress").map(([id]) => id);

        const merged = storeWith(mine);
        importShareLink(merged.state(), done, { known, inProgress }, "merge");
        const replaced = storeWith(mine);
        importShareLink(replaced.state(), done, { known, inProgress }, "replace");
        for (const [id, their] of theirs) {
          const was = mine[id] ?? "none";
          const now = merged.markOf(id);
          expect(RANK[now]).toBe(Math.max(RANK[was], RANK[their]));
          if (RANK[was] >= RANK[their]) expect(now).toBe(was);
          const expected = their === "done" && was === "known" ? "known" : their;
          expect(replaced.markOf(id)).toBe(expected);
        }
      }),
      { seed: 1616, numRuns: 300 },
    );
  });
});

describe("the link import plan", () => {
  it("reads a link's marks: known only within done, done over in progress", () => {
    expect(linkMarks(["a", "b"], { known: ["b", "c"], inProgress: ["a", "d"] })).toEqual(
      new Map([
        ["d", "in-progress"],
        ["a", "done"],
        ["b", "known"],
      ]),
    );
  });

  it("changes only what differs", () => {
    expect(importedMark("done", "done", "replace")).toBeUndefined();
    expect(importedMark("none", undefined, "replace")).toBeUndefined();
    expect(importedMark("in-progress", undefined, "merge")).toBeUndefined();
    expect(importedMark("in-progress", undefined, "replace")).toBe("none");
    expect(
      planLinkImport(
        new Map<string, Mark>([
          ["a", "done"],
          ["b", "in-progress"],
        ]),
        new Map<string, Mark>([
          ["a", "known"],
          ["c", "in-progress"],
        ]),
        "merge",
      ),
    ).toEqual([["c", "in-progress"]]);
  });
});
