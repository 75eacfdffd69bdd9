import { loadWriteSide } from "../../../src/progress/load-write-side";
import { createProgressStore } from "../../../src/progress/store";
import {
  createBlockedStorage,
  createFullableStorage,
  createMemoryStorage,
} from "../../fixtures/progress/memory-storage";

// Edits and storage writes live in the write side, which the app loads after the first paint.
beforeAll(() => loadWriteSide());

const KEY = "jiewang:/site/";
const NOW = 1_700_000_000_000;

function open(storage: Parameters<typeof createProgressStore>[0]["storage"]) {
  return createProgressStore({ key: KEY, storage, now: () => NOW });
}

function storedEnvelope(storage: { getItem(key: string): string | null }) {
  return JSON.parse(storage.getItem(KEY) ?? "null");
}

describe("persisted progress", () => {
  it("migrates a version-1 payload and rewrites it as version 2", () => {
    const storage = createMemoryStorage({
      [KEY]: JSON.stringify({ state: { done: ["linear-models", "backprop"] }, version: 1 }),
    });
    const state = open(storage).getState();
    expect(state.done).toEqual({ backprop: 0, "linear-models": 0 });
    expect(state.hoursPerWeek).toBe(5);
    expect(state.storageIssue).toBeNull();
    const stored = storedEnvelope(storage);
    expect(stored.version).toBe(2);
    expect(stored.state.done).toEqual({ backprop: 0, "linear-models": 0 });
    expect(stored.state.unticked).toEqual({});
  });

  it.each([
    ["not JSON", "{done: [oops"],
    ["JSON without a state", JSON.stringify({ done: ["a"] })],
    ["a bare string", JSON.stringify("hello")],
  ])("starts empty on a corrupt value (%s), says so and keeps the raw text", (_, raw) => {
    const storage = createMemoryStorage({ [KEY]: raw });
    const store = open(storage);
    const backupKey = `${KEY}:backup-${NOW}`;
    expect(store.getState()).toMatchObject({ done: {}, storageIssue: "corrupt", backupKey });
    expect(storage.getItem(backupKey)).toBe(raw);
    // The app keeps working and saves again.
    store.getState().tick("a");
    expect(storedEnvelope(storage).state.done).toEqual({ a: NOW });
    expect(storage.getItem(backupKey)).toBe(raw);
  });

  it("backs up a corrupt value once, though the write over it comes later", () => {
    const storage = createMemoryStorage({ [KEY]: "{not json" });
    let clock = NOW;
    const store = createProgressStore({ key: KEY, storage, now: () => clock++ });
    store.getState().tick("a");
    const backups = [...storage.data.keys()].filter((key) => key.startsWith(`${KEY}:backup-`));
    expect(backups).toHaveLength(1);
    expect(storage.getItem(backups[0] ?? "")).toBe("{not json");
    expect(storedEnvelope(storage).state.done).toEqual({ a: expect.any(Number) });
  });

  it("keeps the good part of a partly damaged value, backs up the original and says so", () => {
    const raw = JSON.stringify({
      state: { done: { a: 5, b: "when?" }, hoursPerWeek: 7 },
      version: 2,
    });
    const storage = createMemoryStorage({ [KEY]: raw });
    const state = open(storage).getState();
    expect(state.done).toEqual({ a: 5 });
    expect(state.hoursPerWeek).toBe(7);
    expect(state.storageIssue).toBe("corrupt");
    expect(storage.getItem(state.backupKey ?? "")).toBe(raw);
  });

  it("keeps a backup of data written by a newer version before rewriting it", () => {
    const raw = JSON.stringify({ state: { done: { a: 5 }, badges: ["x"] }, version: 9 });
    const storage = createMemoryStorage({ [KEY]: raw });
    const state = open(storage).getState();
    expect(state.done).toEqual({ a: 5 });
    expect(storage.getItem(state.backupKey ?? "")).toBe(raw);
  });

  it("backs up a damaged value written after loading before writing over it", () => {
    const storage = createMemoryStorage();
    const store = open(storage);
    // Another tab (or a hand edit) leaves a value that can only be read in part.
    const raw = JSON.stringify({ state: { done: { a: 5, b: "when?" } }, version: 2 });
    storage.setItem(KEY, raw);
    store.getState().tick("c");
    const { storageIssue, backupKey } = store.getState();
    expect(storageIssue).toBe("corrupt");
    expect(storage.getItem(backupKey ?? "")).toBe(raw);
    expect(storedEnvelope(storage).state.done).toEqual({ a: 5, c: NOW });
  });

  it("works in memory when storage throws on every call, and says so", () => {
    const store = open(createBlockedStorage());
    expect(store.getState().storageIssue).toBe("unavailable");
    store.getState().tick(["a", "b"]);
    store.getState().untick("a");
    expect(store.getState().done).toEqual({ b: NOW });
    expect(store.getState().undo()).toBe(true);
    expect(Object.keys(store.getState().done)).toEqual(["a", "b"]);
  });

  it("works in memory without any storage", () => {
    const store = open(null);
    store.getState().tick("a");
    expect(store.getState()).toMatchObject({ done: { a: NOW }, storageIssue: "unavailable" });
  });

  it("says the storage is full when a write is refused, and recovers when space returns", () => {
    const storage = createFullableStorage();
    const store = open(storage);
    store.getState().tick("a");
    storage.full = true;
    store.getState().tick("b");
    expect(store.getState().storageIssue).toBe("full");
    expect(store.getState().done).toEqual({ a: NOW, b: NOW });
    store.getState().dismissStorageIssue();
    store.getState().tick("c");
    // Dismissed: the same ongoing problem is not raised again on every tick.
    expect(store.getState().storageIssue).toBeNull();
    storage.full = false;
    store.getState().tick("d");
    expect(Object.keys(storedEnvelope(storage).state.done)).toEqual(["a", "b", "c", "d"]);
  });

  it("never overwrites a corrupt value it could not back up", () => {
    const storage = createFullableStorage({ [KEY]: "garbage" });
    storage.full = true;
    const store = open(storage);
    expect(store.getState()).toMatchObject({ storageIssue: "corrupt", backupKey: null });
    storage.full = false;
    store.getState().tick("a");
    expect(storage.getItem(KEY)).toBe("garbage");
    expect(store.getState().done).toEqual({ a: NOW });
  });

  it("reads window.localStorage by default", () => {
    localStorage.setItem(KEY, JSON.stringify({ state: { done: { a: 1 } }, version: 2 }));
    const store = createProgressStore({ key: KEY });
    expect(store.getState().done).toEqual({ a: 1 });
    store.getState().tick("b", 2);
    expect(JSON.parse(localStorage.getItem(KEY) ?? "null").state.done).toEqual({ a: 1, b: 2 });
  });
});
