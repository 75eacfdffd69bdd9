/**
 * The progress write side (edits, storage writes) arrives after the first paint. Before it has,
 * progress can be read; edits say what to await; writes wait for it and are not lost.
 * Module state is per test file, so nothing here has loaded it yet when the first test runs.
 */
import { loadWriteSide, writeSide } from "../../../src/progress/load-write-side";
import { createProgressStore } from "../../../src/progress/store";
import { createMemoryStorage } from "../../fixtures/progress/memory-storage";

const KEY = "jiewang:/site/";

describe("before the progress write side has loaded", () => {
  it("reads stored progress, and edits say what to await instead of changing anything", () => {
    expect(writeSide()).toBeUndefined();
    const storage = createMemoryStorage({
      [KEY]: JSON.stringify({ state: { done: { a: 5 } }, version: 2 }),
    });
    const store = createProgressStore({ key: KEY, storage, now: () => 100 });
    expect(store.getState().done).toEqual({ a: 5 });
    expect(() => store.getState().tick("b")).toThrow(/loadWriteSide/);
    expect(() => store.getState().undo()).toThrow(/loadWriteSide/);
    expect(() => store.getState().setGoal("a")).toThrow(/loadWriteSide/);
    expect(store.getState().done).toEqual({ a: 5 });
  });

  it("makes the writes asked for meanwhile once it arrives, in order", async () => {
    const v1 = JSON.stringify({ state: { done: ["a"] }, version: 1 });
    const storage = createMemoryStorage({ [KEY]: v1 });
    // Loading a version-1 value asks for a rewrite as version 2; a later state change (made here
    // straight on the store) asks for another.
    const store = createProgressStore({ key: KEY, storage, now: () => 100 });
    store.setState({ goal: "b", settingsAt: 50 });
    expect(storage.getItem(KEY)).toBe(v1);

    await loadWriteSide();
    await vi.waitFor(() => expect(storage.writes).toBe(2));
    const stored = JSON.parse(storage.getItem(KEY) ?? "null");
    expect(stored).toMatchObject({ version: 2, state: { done: { a: 0 }, goal: "b" } });

    // Loaded: edits work and write at once.
    expect(store.getState().tick("c")).toEqual(["c"]);
    expect(JSON.parse(storage.getItem(KEY) ?? "null").state.done).toEqual({ a: 0, c: 100 });
  });

  it("reports a problem met while loading once it has arrived, after keeping a backup", async () => {
    // Fresh modules: the write side is not loaded yet in them.
    vi.resetModules();
    const fresh = await import("../../../src/progress/store");
    const raw = JSON.stringify({ state: { done: { a: 5, b: "when?" } }, version: 2 });
    const storage = createMemoryStorage({ [KEY]: raw });
    const store = fresh.createProgressStore({ key: KEY, storage, now: () => 100 });
    // The first render reads the good part at once; the message can wait for the write side.
    expect(store.getState()).toMatchObject({ done: { a: 5 }, storageIssue: null });

    await vi.waitFor(() => expect(store.getState().storageIssue).toBe("corrupt"));
    expect(storage.getItem(store.getState().backupKey ?? "")).toBe(raw);
    expect(JSON.parse(storage.getItem(KEY) ?? "null").state.done).toEqual({ a: 5 });
  });
});
