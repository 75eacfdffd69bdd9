/**
 * The progress store and its storage: migration, damaged values (kept in a backup), blocked and
 * full storage. It never throws; problems show up in `storageIssue`.
 */
import { createProgressStore, type KeyValueStorage } from "../../../src/progress";
import { createBlockedStorage, MemoryStorage } from "../../fixtures/progress/memory-storage";

const KEY = "jiewang:/site/";
const NOW = Date.UTC(2026, 10, 14, 12);

function open(storage: KeyValueStorage | null) {
  return createProgressStore({ key: KEY, storage, now: () => NOW });
}

function storedEnvelope(storage: Pick<KeyValueStorage, "getItem">) {
  return JSON.parse(storage.getItem(KEY) ?? "null");
}

function backupKeys(storage: MemoryStorage): string[] {
  return [...storage.data.keys()].filter((key) => key.startsWith(`${KEY}:backup-`));
}

describe("persisted progress", () => {
  it("migrates a version-1 payload and rewrites it as version 3", () => {
    const storage = new MemoryStorage({
      [KEY]: JSON.stringify({ state: { done: ["linear-models", "backprop"] }, version: 1 }),
    });
    const state = open(storage).getState();
    expect(state.done).toEqual({ backprop: 0, "linear-models": 0 });
    expect(state.hoursPerWeek).toBe(5);
    expect(state.storageIssue).toBeNull();
    const stored = storedEnvelope(storage);
    expect(stored.version).toBe(3);
    expect(stored.state.done).toEqual({ backprop: 0, "linear-models": 0 });
    expect(stored.state.unticked).toEqual({});
    expect(stored.state).toMatchObject({
      known: {},
      inProgress: {},
      notes: {},
      reviews: {},
      reviewChanges: {},
    });
  });

  it("writes nothing when it loads a clean current value", () => {
    const raw = JSON.stringify({ state: { done: { a: NOW - 5 } }, version: 3 });
    const storage = new MemoryStorage({ [KEY]: raw });
    expect(open(storage).getState().done).toEqual({ a: NOW - 5 });
    expect(storage.writes).toBe(0);
  });

  it.each([
    ["not JSON", "{done: [oops"],
    ["JSON without a state", JSON.stringify({ done: ["a"] })],
    ["a bare string", JSON.stringify("hello")],
  ])("starts empty on a corrupt value (%s), says so and keeps the raw text", (_, raw) => {
    const storage = new MemoryStorage({ [KEY]: raw });
    const store = open(storage);
    const backupKey = `${KEY}:backup-${NOW}`;
    expect(store.getState()).toMatchObject({ done: {}, storageIssue: "corrupt", backupKey });
    expect(storage.getItem(backupKey)).toBe(raw);
    // The app keeps working and saves again.
    store.getState().tick("a");
    expect(storedEnvelope(storage).state.done).toEqual({ a: NOW });
    expect(storage.getItem(backupKey)).toBe(raw);
    // A damaged value's message stays until the learner dismisses it.
    expect(store.getState().storageIssue).toBe("corrupt");
  });

  it("backs up a corrupt value once, though writes over it follow", () => {
    const storage = new MemoryStorage({ [KEY]: "{not json" });
    let clock = NOW;
    const store = createProgressStore({ key: KEY, storage, now: () => clock++ });
    store.getState().tick("a");
    store.getState().tick("b");
    expect(backupKeys(storage)).toHaveLength(1);
    expect(storage.getItem(backupKeys(storage)[0] ?? "")).toBe("{not json");
    expect(Object.keys(storedEnvelope(storage).state.done)).toEqual(["a", "b"]);
  });

  it.each([
    ["a time that is text", { done: { a: NOW - 5, b: "when?" }, hoursPerWeek: 7 }, 7],
    ["a tick in the year 275760", { done: { a: NOW - 5, b: 8.64e15 }, hoursPerWeek: 7 }, 7],
    ["a tick before 2000", { done: { a: NOW - 5, b: 946_684_799_999 }, hoursPerWeek: 7 }, 7],
    ["a pace of 0.000001 hours", { done: { a: NOW - 5 }, hoursPerWeek: 0.000001 }, 5],
    ["a pace over a week", { done: { a: NOW - 5 }, hoursPerWeek: 1e308 }, 5],
  ])(
    "keeps the good part of a value with %s, backs up the original and says so",
    (_, state, hours) => {
      const raw = JSON.stringify({ state, version: 2 });
      const storage = new MemoryStorage({ [KEY]: raw });
      const loaded = open(storage).getState();
      expect(loaded.done).toEqual({ a: NOW - 5 });
      expect(loaded.hoursPerWeek).toBe(hours);
      expect(loaded.storageIssue).toBe("corrupt");
      expect(storage.getItem(loaded.backupKey ?? "")).toBe(raw);
      expect(storedEnvelope(storage).state).toMatchObject({
        done: { a: NOW - 5 },
        hoursPerWeek: hours,
      });
    },
  );

  it("keeps a backup of data written by a newer version before rewriting it", () => {
    const raw = JSON.stringify({ state: { done: { a: NOW - 5 }, badges: ["x"] }, version: 9 });
    const storage = new MemoryStorage({ [KEY]: raw });
    const state = open(storage).getState();
    expect(state.done).toEqual({ a: NOW - 5 });
    expect(storage.getItem(state.backupKey ?? "")).toBe(raw);
    expect(storedEnvelope(storage).version).toBe(3);
  });

  it("backs up a damaged value written after loading before writing over it", () => {
    const storage = new MemoryStorage();
    const store = open(storage);
    store.getState().tick("x");
    // Another tab (or a hand edit) leaves a value that can only be read in part.
    const raw = JSON.stringify({ state: { done: { a: NOW - 5, b: "when?" } }, version: 2 });
    storage.setItem(KEY, raw);
    const writes = vi.spyOn(storage, "setItem");
    store.getState().tick("c");
    // No write in between drops what the other writer added.
    const saved = writes.mock.calls.filter(([key]) => key === KEY).map(([, value]) => value);
    expect(saved.length).toBeGreaterThan(0);
    for (const value of saved) expect(JSON.parse(value).state.done).toHaveProperty("a");
    const { storageIssue, backupKey } = store.getState();
    expect(storageIssue).toBe("corrupt");
    expect(storage.getItem(backupKey ?? "")).toBe(raw);
    expect(storedEnvelope(storage).state.done).toEqual({ a: NOW - 5, c: NOW, x: NOW });
    // What the other writer added is now in memory too.
    expect(store.getState().done).toEqual({ a: NOW - 5, c: NOW, x: NOW });
  });

  it("works in memory when storage throws on every call, and says so", () => {
    const store = open(createBlockedStorage());
    expect(store.getState().storageIssue).toBe("unavailable");
    store.getState().tick(["a", "b"]);
    store.getState().untick("a");
    expect(store.getState().done).toEqual({ b: NOW });
    expect(store.getState().undo()).toBe(true);
    expect(Object.keys(store.getState().done).sort()).toEqual(["a", "b"]);
  });

  it("works in memory without any storage", () => {
    const store = open(null);
    store.getState().tick("a");
    expect(store.getState()).toMatchObject({ done: { a: NOW }, storageIssue: "unavailable" });
  });

  it("says the storage is full, and takes the message back once a later save succeeds", () => {
    const storage = new MemoryStorage();
    const store = open(storage);
    store.getState().tick("a");
    storage.full = true;
    store.getState().tick("b");
    expect(store.getState().storageIssue).toBe("full");
    expect(store.getState().done).toEqual({ a: NOW, b: NOW });
    expect(Object.keys(storedEnvelope(storage).state.done)).toEqual(["a"]);

    storage.full = false; // the learner freed some space
    store.getState().tick("c");
    expect(Object.keys(storedEnvelope(storage).state.done)).toEqual(["a", "b", "c"]);
    expect(store.getState().storageIssue).toBeNull();
  });

  it("does not raise a dismissed full-storage message again for the same ongoing problem", () => {
    const storage = new MemoryStorage();
    const store = open(storage);
    storage.full = true;
    store.getState().tick("a");
    expect(store.getState().storageIssue).toBe("full");
    store.getState().dismissStorageIssue();
    store.getState().tick("b");
    expect(store.getState().storageIssue).toBeNull();
    storage.full = false;
    store.getState().tick("c");
    expect(Object.keys(storedEnvelope(storage).state.done)).toEqual(["a", "b", "c"]);
  });

  it("takes an 'unavailable' message back once storage works again", () => {
    const storage = createBlockedStorage();
    const store = open(storage);
    expect(store.getState().storageIssue).toBe("unavailable");
    storage.failWith = null;
    store.getState().tick("a");
    expect(store.getState().storageIssue).toBeNull();
    expect(storedEnvelope(storage).state.done).toEqual({ a: NOW });
  });

  it("never overwrites a corrupt value it could not back up", () => {
    const storage = new MemoryStorage({ [KEY]: "garbage" });
    storage.full = true;
    const store = open(storage);
    expect(store.getState()).toMatchObject({ storageIssue: "corrupt", backupKey: null });
    storage.full = false;
    store.getState().tick("a");
    expect(storage.getItem(KEY)).toBe("garbage");
    expect(store.getState().done).toEqual({ a: NOW });
  });

  it.each([
    ["set before 2000", Date.UTC(1995, 0, 1)],
    ["at 0 (1970)", 0],
  ])("keeps the ticks of a device whose clock is %s across a reload", (_, clock) => {
    const storage = new MemoryStorage();
    const first = createProgressStore({ key: KEY, storage, now: () => clock });
    first.getState().tick(["a", "b"]);
    first.getState().setMark("c", "in-progress");
    const again = createProgressStore({ key: KEY, storage, now: () => clock });
    expect(Object.keys(again.getState().done)).toEqual(["a", "b"]);
    expect(Object.keys(again.getState().inProgress)).toEqual(["c"]);
    expect(again.getState().storageIssue).toBeNull();
    expect(backupKeys(storage)).toEqual([]);
    // Once the clock is right again, the ticks are still there.
    expect(Object.keys(open(storage).getState().done)).toEqual(["a", "b"]);
  });

  it("reads window.localStorage by default", () => {
    localStorage.setItem(KEY, JSON.stringify({ state: { done: { a: NOW - 1 } }, version: 2 }));
    const store = createProgressStore({ key: KEY, now: () => NOW });
    expect(store.getState().done).toEqual({ a: NOW - 1 });
    store.getState().tick("b", NOW - 2);
    expect(JSON.parse(localStorage.getItem(KEY) ?? "null").state.done).toEqual({
      a: NOW - 1,
      b: NOW - 2,
    });
    localStorage.removeItem(KEY);
  });
});
