/**
 * `readStoredProgress`, the boot script's one way to look at stored progress before the app's
 * code runs: it reads exactly what the store would load, and never throws.
 */
import { createProgressStore, readStoredProgress } from "../../../src/progress";
import { createBlockedStorage, MemoryStorage } from "../../fixtures/progress/memory-storage";

const KEY = "jiewang:/site/";
const NOW = Date.UTC(2026, 10, 14, 12);

describe("readStoredProgress", () => {
  it("reads what the store saved", () => {
    const storage = new MemoryStorage();
    const store = createProgressStore({ key: KEY, storage, now: () => NOW });
    store.getState().tick(["a", "b"]);
    store.getState().untick("b");
    store.getState().setGoal("a");
    expect(readStoredProgress(storage, KEY)).toEqual({
      done: { a: NOW },
      known: {},
      inProgress: {},
      unticked: { b: NOW + 1 },
      changedAt: {},
      notes: {},
      reviews: {},
      reviewChanges: {},
      goal: "a",
      hoursPerWeek: 5,
      settingsAt: NOW,
    });
  });

  it("migrates a version-1 value and drops malformed entries, as loading does", () => {
    const v1 = new MemoryStorage({
      [KEY]: JSON.stringify({ state: { done: ["a", "no way"] }, version: 1 }),
    });
    expect(readStoredProgress(v1, KEY)?.done).toEqual({ a: 0 });
    const damaged = new MemoryStorage({
      [KEY]: JSON.stringify({ state: { done: { a: NOW, b: "when?" }, hoursPerWeek: 1e-6 } }),
    });
    expect(readStoredProgress(damaged, KEY)).toMatchObject({ done: { a: NOW }, hoursPerWeek: 5 });
    // Reading changes nothing.
    expect(v1.writes + damaged.writes).toBe(0);
  });

  it.each([
    ["nothing is stored", new MemoryStorage()],
    ["the value is not JSON", new MemoryStorage({ [KEY]: "{oops" })],
    ["the value is not an envelope", new MemoryStorage({ [KEY]: "[1,2]" })],
    ["storage is blocked", createBlockedStorage()],
    ["there is no storage", null],
  ])("is null when %s", (_, storage) => {
    expect(readStoredProgress(storage, KEY)).toBeNull();
  });

  it("reads only the key it is given", () => {
    const storage = new MemoryStorage({
      "jiewang:/other/": JSON.stringify({ state: { done: { a: NOW } }, version: 2 }),
    });
    expect(readStoredProgress(storage, KEY)).toBeNull();
  });
});
