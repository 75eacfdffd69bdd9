/**
 * Notes (interface.md §4): plain text per topic, saved on every call, at most 20,000
 * characters, deleted by an empty text (a tombstone with a time, so tabs agree).
 */
import fc from "fast-check";
import {
  createProgressStore,
  cutNote,
  encodeShareCode,
  MAX_NOTE_LENGTH,
  notedIds,
  noteOf,
} from "../../../src/progress";
import { mergeNotes, type NoteMap } from "../../../src/progress/notes";
import { curriculumV1 } from "../../fixtures/progress/curricula";
import { MemoryStorage } from "../../fixtures/progress/memory-storage";

const T = Date.UTC(2026, 10, 2, 8);
const KEY = "test";

function setup(storage = new MemoryStorage()) {
  const clock = { now: T };
  const store = createProgressStore({ key: KEY, storage, now: () => clock.now });
  const saved = () => JSON.parse(storage.getItem(KEY) ?? "null").state;
  return { store, storage, clock, state: () => store.getState(), saved };
}

describe("setNote", () => {
  it("saves every call at once, as typed", () => {
    const { state, storage, saved } = setup();
    let text = "";
    for (const char of "Gini\nvs <b>entropy</b>") {
      const writes = storage.writes;
      text += char;
      expect(state().setNote("decision-trees", text)).toBe(false);
      expect(storage.writes).toBe(writes + 1);
      expect(saved().notes["decision-trees"].text).toBe(text);
    }
    expect(noteOf(state().notes, "decision-trees")).toBe("Gini\nvs <b>entropy</b>");
    // A reload finds the last keystroke.
    const again = createProgressStore({ key: KEY, storage, now: () => T });
    expect(noteOf(again.getState().notes, "decision-trees")).toBe(text);
  });

  it("stamps each write later than the one before, even when the clock stands still", () => {
    const { state } = setup();
    state().setNote("a", "x");
    state().setNote("a", "xy");
    state().setNote("a", "xyz");
    expect(state().notes.a).toEqual({ text: "xyz", at: T + 2 });
  });

  it("does not write when the text is unchanged", () => {
    const { state, storage } = setup();
    state().setNote("a", "same");
    const writes = storage.writes;
    state().setNote("a", "same");
    state().setNote("b", "");
    expect(storage.writes).toBe(writes);
    expect(state().notes).not.toHaveProperty("b");
  });

  it("deletes a note with an empty text, leaving a tombstone with its time", () => {
    const { state, clock, saved } = setup();
    state().setNote("a", "keep me");
    clock.now = T + 1_000;
    state().setNote("a", "");
    expect(noteOf(state().notes, "a")).toBe("");
    expect(notedIds(state().notes)).toEqual([]);
    expect(saved().notes.a).toEqual({ text: "", at: T + 1_000 });
  });

  it("cuts text longer than the limit and says so", () => {
    const { state } = setup();
    const long = "字".repeat(MAX_NOTE_LENGTH + 5);
    expect(state().setNote("a", long)).toBe(true);
    expect(Array.from(noteOf(state().notes, "a"))).toHaveLength(MAX_NOTE_LENGTH);
    expect(state().setNote("b", "x".repeat(MAX_NOTE_LENGTH))).toBe(false);
    expect(noteOf(state().notes, "b")).toHaveLength(MAX_NOTE_LENGTH);
  });

  it("counts characters, not UTF-16 units: 20,000 emoji fit", () => {
    const emoji = "🙂".repeat(MAX_NOTE_LENGTH);
    expect(cutNote(emoji)).toEqual({ text: emoji, cut: false });
    expect(cutNote(`${emoji}🙂`)).toEqual({ text: emoji, cut: true });
  });

  it("ignores ids that cannot be ids", () => {
    const { state, storage } = setup();
    expect(state().setNote("__proto__", "x")).toBe(false);
    expect(state().setNote("", "x")).toBe(false);
    expect(storage.writes).toBe(0);
  });

  it("keeps notes of topics the curriculum no longer has, across reloads", () => {
    const { state, storage } = setup();
    state().setNote("a-removed-topic", "still mine");
    const again = createProgressStore({ key: KEY, storage, now: () => T });
    expect(noteOf(again.getState().notes, "a-removed-topic")).toBe("still mine");
  });

  it("is not an undo step", () => {
    const { state } = setup();
    state().tick("a");
    state().setNote("a", "text");
    expect(state().history).toHaveLength(1);
    expect(state().undo()).toBe(true);
    expect(noteOf(state().notes, "a")).toBe("text");
  });

  it("never reaches a share code", () => {
    const { state } = setup();
    state().tick("intro");
    const before = encodeShareCode(curriculumV1, Object.keys(state().done));
    state().setNote("intro", "private");
    expect(encodeShareCode(curriculumV1, Object.keys(state().done))).toBe(before);
    expect(before).not.toContain("private");
  });

  it("does no whole-map work per keystroke with many notes stored", () => {
    const notes: Record<string, { text: string; at: number }> = {};
    for (let i = 0; i < 2_000; i++) notes[`topic-${i}`] = { text: `note ${i}`, at: T - i };
    const storage = new MemoryStorage({
      [KEY]: JSON.stringify({ state: { notes }, version: 3 }),
    });
    const { state } = setup(storage);
    const sorts = vi.spyOn(Array.prototype, "sort");
    const checks = vi.spyOn(RegExp.prototype, "test");
    try {
      for (const text of ["a", "ab", "abc"]) state().setNote("topic-7", text);
      expect(sorts).not.toHaveBeenCalled();
      expect(checks.mock.calls.length).toBeLessThanOrEqual(3);
    } finally {
      sorts.mockRestore();
      checks.mockRestore();
    }
    expect(JSON.parse(storage.getItem(KEY) ?? "null").state.notes["topic-7"].text).toBe("abc");
  });
});

describe("mergeNotes", () => {
  const note = fc.record({
    text: fc.string({ maxLength: 4 }),
    at: fc.integer({ min: T, max: T + 5 }),
  });
  const notes: fc.Arbitrary<NoteMap> = fc.dictionary(fc.constantFrom("a", "b", "c"), note);

  it("is commutative, associative and idempotent", () => {
    fc.assert(
      fc.property(notes, notes, notes, (x, y, z) => {
        expect(mergeNotes(x, y)).toEqual(mergeNotes(y, x));
        expect(mergeNotes(mergeNotes(x, y), z)).toEqual(mergeNotes(x, mergeNotes(y, z)));
        expect(mergeNotes(x, x)).toEqual(x);
      }),
    );
  });

  it("keeps per topic the later write, and every topic of both sides", () => {
    fc.assert(
      fc.property(notes, notes, (x, y) => {
        const merged = mergeNotes(x, y);
        expect(Object.keys(merged).sort()).toEqual(
          [...new Set([...Object.keys(x), ...Object.keys(y)])].sort(),
        );
        for (const [id, kept] of Object.entries(merged)) {
          for (const side of [x, y]) {
            const other = side[id];
            if (other) expect(kept.at).toBeGreaterThanOrEqual(other.at);
          }
        }
      }),
    );
  });
});
