/**
 * Ids the curriculum no longer knows (from old releases or imports) stay in storage, but a tick
 * must not pay for them: no re-reading, re-checking or re-sorting of the whole map per change.
 * Measured by counting that work (id checks, JSON parses, sorts), never by the clock.
 */
import { createProgressStore } from "../../../src/progress";
import { MemoryStorage } from "../../fixtures/progress/memory-storage";

const KEY = "jiewang:/";
const NOW = Date.UTC(2026, 11, 7, 9);
const UNKNOWN = 20_000;

function storageWithUnknownIds(): MemoryStorage {
  const done: Record<string, number> = {};
  for (let i = 0; i < UNKNOWN; i++) done[`removed-topic-${String(i).padStart(5, "0")}`] = NOW - i;
  return new MemoryStorage({ [KEY]: JSON.stringify({ state: { done }, version: 2 }) });
}

/** Runs `change` and counts the whole-map work it did. */
function countWork(change: () => void) {
  const idChecks = vi.spyOn(RegExp.prototype, "test");
  const parses = vi.spyOn(JSON, "parse");
  const sorts = vi.spyOn(Array.prototype, "sort");
  try {
    change();
    return {
      idChecks: idChecks.mock.calls.length,
      parses: parses.mock.calls.length,
      sorts: sorts.mock.calls.length,
    };
  } finally {
    idChecks.mockRestore();
    parses.mockRestore();
    sorts.mockRestore();
  }
}

describe(`a store holding ${UNKNOWN.toLocaleString("en")} unknown ids`, () => {
  it("loads them all and keeps them", () => {
    const storage = storageWithUnknownIds();
    const store = createProgressStore({ key: KEY, storage, now: () => NOW });
    expect(Object.keys(store.getState().done)).toHaveLength(UNKNOWN);
    expect(store.getState().storageIssue).toBeNull();
  });

  it.each([
    ["a tick", (store: ReturnType<typeof createProgressStore>) => store.getState().tick("a")],
    ["an untick", (store: ReturnType<typeof createProgressStore>) => store.getState().untick("b")],
    ["an undo", (store: ReturnType<typeof createProgressStore>) => store.getState().undo()],
  ])("does work for the changed ids only in %s, and still saves", (_, change) => {
    const storage = storageWithUnknownIds();
    const store = createProgressStore({ key: KEY, storage, now: () => NOW });
    store.getState().tick(["b", "c"]);
    const writesBefore = storage.writes;

    const work = countWork(() => change(store));

    expect(work).toEqual({ idChecks: expect.any(Number), parses: 0, sorts: 0 });
    expect(work.idChecks).toBeLessThanOrEqual(2);
    expect(storage.writes).toBe(writesBefore + 1);
    const saved = JSON.parse(storage.getItem(KEY) ?? "null").state;
    expect(saved.done).toEqual(store.getState().done);
    expect(Object.keys(saved.done).length).toBeGreaterThanOrEqual(UNKNOWN);
  });

  it("still merges what another tab wrote meanwhile, then goes back to the cheap path", () => {
    const storage = storageWithUnknownIds();
    const store = createProgressStore({ key: KEY, storage, now: () => NOW });
    const other = JSON.parse(storage.getItem(KEY) ?? "null");
    other.state.done.x = NOW - 5;
    storage.setItem(KEY, JSON.stringify(other));

    const merging = countWork(() => store.getState().tick("a"));
    expect(merging.parses).toBe(1);
    expect(store.getState().done).toMatchObject({ a: NOW, x: NOW - 5 });

    const cheap = countWork(() => store.getState().tick("b"));
    expect(cheap).toMatchObject({ parses: 0, sorts: 0 });
    expect(JSON.parse(storage.getItem(KEY) ?? "null").state.done).toMatchObject({
      a: NOW,
      b: NOW,
      x: NOW - 5,
    });
  });
});
