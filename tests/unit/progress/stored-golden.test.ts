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

/** What version 3 adds, empty: a value of an earlier version has no marks, notes or reviews. */
const NOTHING_NEW = { known: {}, inProgress: {}, notes: {}, reviews: {}, reviewChanges: {} };

function persisted(state: PersistedProgress): PersistedProgress {
  const { done, known, inProgress, unticked, changedAt, notes, reviews, reviewChanges } = state;
  const { goal, hoursPerWeek, settingsAt } = state;
  return {
    done,
    known,
    inProgress,
    unticked,
    changedAt,
    notes,
    reviews,
    reviewChanges,
    goal,
    hoursPerWeek,
    settingsAt,
  };
}

function envelope(storage: MemoryStorage, key: string) {
  const raw = storage.getItem(key);
  return raw === null ? null : JSON.parse(raw);
}

/** The fixture's state as version 3 holds it. */
function expectedState(fixture: StoredFixture): PersistedProgress {
  const { storageIssue: _, ...restored } = fixture.restoresTo;
  return { ...restored, ...NOTHING_NEW };
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

  it.each(fixtures)(
    "%s loads as the release read it and is rewritten as version 3",
    (_, fixture) => {
      const storage = new MemoryStorage(fixture.storage);
      const store = createProgressStore({ key: fixture.key, storage, now: () => NOW });
      const expected = expectedState(fixture);
      expect(persisted(store.getState())).toEqual(expected);
      expect(store.getState().storageIssue).toBe(fixture.restoresTo.storageIssue);
      const stored = fixture.storage[fixture.key];
      if (stored === undefined) {
        // Nothing stored, nothing written.
        expect(Object.fromEntries(storage.data)).toEqual({});
        return;
      }
      // The older value is rewritten once, as version 3, with every tick and its time.
      const rewritten = envelope(storage, fixture.key);
      expect(rewritten).toEqual({ state: expected, version: PROGRESS_VERSION });
      expect(PROGRESS_VERSION).toBe(3);
      expect(storage.writes).toBe(1);
      expect(readStoredProgress(storage, fixture.key)).toEqual(expected);
      // Reading the original value outside the store gives the same.
      expect(readStoredProgress(new MemoryStorage(fixture.storage), fixture.key)).toEqual(expected);
      // Loading the rewritten value writes nothing more.
      const again = new MemoryStorage(Object.fromEntries(storage.data));
      const reloaded = createProgressStore({ key: fixture.key, storage: again, now: () => NOW });
      expect(persisted(reloaded.getState())).toEqual(expected);
      expect(again.writes).toBe(0);
    },
  );

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

  it.each(fixtures)("%s keeps every tick through marks, notes and reviews", (_, fixture) => {
    const storage = new MemoryStorage(fixture.storage);
    const store = createProgressStore({ key: fixture.key, storage, now: () => NOW });
    const done = fixture.restoresTo.done;
    const first = Object.keys(done)[0];
    store.getState().setMark("transformer", "in-progress");
    store.getState().setNote("transformer", "read section 3");
    if (first !== undefined) store.getState().recordReview(first, "remembered", NOW);
    store.getState().setMark("softmax-extra", "known");
    const written = envelope(storage, fixture.key).state;
    expect(written.done).toEqual({ ...done, "softmax-extra": NOW });
    expect(written.known).toEqual({ "softmax-extra": NOW });
    expect(written.inProgress).toEqual({ transformer: NOW });
    expect(written.notes).toEqual({ transformer: { text: "read section 3", at: NOW } });
    expect(Object.keys(written.reviews)).toEqual(first === undefined ? [] : [first]);
    // Undoing all of it gives back the release's ticks and times.
    while (store.getState().undo()) {
      // undo every step
    }
    expect(store.getState().done).toEqual(done);
    expect(envelope(storage, fixture.key).state.done).toEqual(done);
  });

  const older = fixtures.filter(([, fixture]) => fixture.foundInStorage !== undefined);
  it.each(older)("%s: the older value is rewritten as version 3", (_, fixture) => {
    const storage = new MemoryStorage(fixture.foundInStorage);
    const store = createProgressStore({ key: fixture.key, storage, now: () => NOW });
    const expected = expectedState(fixture);
    expect(persisted(store.getState())).toEqual(expected);
    expect(store.getState().storageIssue).toBe(fixture.restoresTo.storageIssue);
    const rewritten = envelope(storage, fixture.key);
    expect(rewritten).toEqual({ state: expected, version: PROGRESS_VERSION });
    // What the release rewrote it to holds the same ticks.
    const releaseRewrite = JSON.parse(fixture.storage[fixture.key] ?? "null");
    expect(rewritten.state).toEqual({ ...releaseRewrite.state, ...NOTHING_NEW });
  });

  it("includes at least one older value", () => {
    expect(older.length).toBeGreaterThan(0);
  });
});
