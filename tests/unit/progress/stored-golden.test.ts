/**
 * Values the released app left in learners' browsers (tests/fixtures/progress/stored, made by
 * that release's own store) must load to the same done set and tick times, forever; the store
 * then writes the current version.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  createProgressStore,
  type PersistedProgress,
  PROGRESS_VERSION,
  readStoredProgress,
} from "../../../src/progress";
import { MemoryStorage } from "../../fixtures/progress/memory-storage";

const DIR = "tests/fixtures/progress/stored";

interface StoredFixture {
  readonly description: string;
  readonly key: string;
  /** What the release found in storage, where the scenario began with a stored value. */
  readonly foundInStorage?: Readonly<Record<string, string>>;
  /** What the release left in storage. */
  readonly storage: Readonly<Record<string, string>>;
  /** What the release read `storage` back as. */
  readonly restoresTo: PersistedProgress & { readonly storageIssue: null };
}

const fixtures = readdirSync(DIR)
  .filter((file) => file.endsWith(".json"))
  .map((file): [string, StoredFixture] => [
    file,
    JSON.parse(readFileSync(join(DIR, file), "utf8")) as StoredFixture,
  ]);

// Later than every fixture's times, as a learner's next visit is.
const NOW = Date.UTC(2026, 11, 7, 9);

function persisted(state: PersistedProgress): PersistedProgress {
  const { done, unticked, changedAt, goal, hoursPerWeek, settingsAt } = state;
  return { done, unticked, changedAt, goal, hoursPerWeek, settingsAt };
}

function envelope(storage: MemoryStorage, key: string) {
  const raw = storage.getItem(key);
  return raw === null ? null : JSON.parse(raw);
}

describe("stored progress of the released app", () => {
  it("has all six scenarios", () => {
    expect(fixtures.map(([file]) => file).sort()).toEqual([
      "goal-and-pace.json",
      "import-with-unknown-ids.json",
      "nothing.json",
      "ticks-and-unticks.json",
      "ticks.json",
      "version-1.json",
    ]);
  });

  it.each(fixtures)("%s loads as the release read it", (_, fixture) => {
    const storage = new MemoryStorage(fixture.storage);
    const store = createProgressStore({ key: fixture.key, storage, now: () => NOW });
    const { storageIssue, ...expected } = fixture.restoresTo;
    expect(persisted(store.getState())).toEqual(expected);
    expect(store.getState().storageIssue).toBe(storageIssue);
    // A clean current value is left as it is.
    expect(Object.fromEntries(storage.data)).toEqual(fixture.storage);
    expect(readStoredProgress(storage, fixture.key)).toEqual(
      fixture.storage[fixture.key] === undefined ? null : expected,
    );
  });

  it.each(fixtures)("%s keeps every tick and its time through the next change", (_, fixture) => {
    const storage = new MemoryStorage(fixture.storage);
    const store = createProgressStore({ key: fixture.key, storage, now: () => NOW });
    store.getState().tick("speculative-decoding");
    const written = envelope(storage, fixture.key);
    expect(written.version).toBe(PROGRESS_VERSION);
    expect(written.state.done).toEqual({ ...fixture.restoresTo.done, "speculative-decoding": NOW });
    expect(written.state.goal).toBe(fixture.restoresTo.goal);
    expect(written.state.hoursPerWeek).toBe(fixture.restoresTo.hoursPerWeek);
  });

  const older = fixtures.filter(([, fixture]) => fixture.foundInStorage !== undefined);
  it.each(older)("%s: the older value is rewritten as the release rewrote it", (_, fixture) => {
    const storage = new MemoryStorage(fixture.foundInStorage);
    const store = createProgressStore({ key: fixture.key, storage, now: () => NOW });
    const { storageIssue, ...expected } = fixture.restoresTo;
    expect(persisted(store.getState())).toEqual(expected);
    expect(store.getState().storageIssue).toBe(storageIssue);
    const rewritten = envelope(storage, fixture.key);
    expect(rewritten.version).toBe(PROGRESS_VERSION);
    expect(rewritten).toEqual(JSON.parse(fixture.storage[fixture.key] ?? "null"));
  });

  it("includes at least one older value", () => {
    expect(older.length).toBeGreaterThan(0);
  });
});
