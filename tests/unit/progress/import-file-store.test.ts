/**
 * A progress file into the store (`importFile`) and the store into a file (`exportFileOf`):
 * merge keeps the learner's own and adds the file's, replace takes the file's, one undo step
 * reverts either, and an export read back in a fresh browser gives the same progress.
 */
import {
  createProgressStore,
  exportFileOf,
  type FileContents,
  markKindOf,
  markOf,
  noteOf,
  parseImportFile,
  progressForExport,
  reviewsOf,
} from "../../../src/progress";
import { MAX_NOTE_LENGTH } from "../../../src/progress/export-format";
import { previewFileImport, summarizeFileImport } from "../../../src/progress/import-summary";
import { pickPersisted } from "../../../src/progress/progress-state";
import { curriculumV2 } from "../../fixtures/progress/curricula";
import { MemoryStorage } from "../../fixtures/progress/memory-storage";

const T = Date.UTC(2026, 11, 7, 9); // 2026-12-07
const HOUR = 3_600_000;

function setup() {
  const clock = { now: T };
  const storage = new MemoryStorage();
  const store = createProgressStore({ key: "test", storage, now: () => clock.now });
  return { store, storage, clock, state: () => store.getState() };
}

/** The learner's own progress: marks, a note and a review. */
function learner() {
  const tab = setup();
  const s = tab.state;
  s().setMark("linear-models", "done", T - 10 * HOUR);
  s().setMark("backprop", "in-progress", T - 9 * HOUR);
  s().setNote("linear-models", "my own note");
  s().recordReview("linear-models", "remembered", T - 2 * HOUR);
  return tab;
}

const file: FileContents = {
  marks: {
    "linear-models": { kind: "known", at: T - 20 * HOUR }, // older than the learner's mark
    backprop: { kind: "done", at: T - HOUR }, // later than the learner's mark
    attention: { kind: "in-progress", at: 0 }, // time unknown
  },
  notes: {
    "linear-models": { text: "the file's note", at: T - 20 * HOUR },
    attention: { text: "read it twice", at: T - 5 * HOUR },
  },
  reviews: {
    "linear-models": [
      { at: T - 2 * HOUR, result: "remembered" },
      { at: T - 3 * HOUR, result: "forgot" },
    ],
  },
};

describe("importFile, merge", () => {
  it("takes per topic the later mark and adds marks the learner lacks", () => {
    const { state } = learner();
    const outcome = state().importFile(file, "merge");
    expect(markOf(state(), "linear-models")).toEqual({ kind: "done", at: T - 10 * HOUR });
    expect(markOf(state(), "backprop")).toEqual({ kind: "done", at: T - HOUR });
    expect(markKindOf(state(), "attention")).toBe("in-progress");
    expect(outcome.added).toEqual(["backprop"]);
    expect(outcome.removed).toEqual([]);
    expect([...outcome.marked].sort()).toEqual(["attention", "backprop"]);
  });

  it("keeps the learner's note and appends a differing imported one under a dated separator", () => {
    const { state } = learner();
    const outcome = state().importFile(file, "merge");
    expect(noteOf(state().notes, "linear-models")).toBe(
      "my own note\n\n— imported 2026-12-07 —\nthe file's note",
    );
    expect(noteOf(state().notes, "attention")).toBe("read it twice");
    expect([...outcome.notes].sort()).toEqual(["attention", "linear-models"]);
    // The same file again appends nothing more.
    const again = state().importFile(file, "merge");
    expect(again.notes).toEqual([]);
    expect(noteOf(state().notes, "linear-models")).toContain("my own note");
  });

  it("leaves a note alone when the file's is the same", () => {
    const { state } = learner();
    state().importFile(
      { ...file, notes: { "linear-models": { text: "my own note", at: 0 } } },
      "merge",
    );
    expect(noteOf(state().notes, "linear-models")).toBe("my own note");
  });

  it("says when an appended note had to be cut to the limit", () => {
    const { state } = learner();
    state().setNote("linear-models", "m".repeat(19_990));
    const outcome = state().importFile(file, "merge");
    expect(outcome.cutNotes).toEqual(["linear-models"]);
    expect(noteOf(state().notes, "linear-models")).toHaveLength(20_000);
  });

  it("unions review events", () => {
    const { state } = learner();
    const outcome = state().importFile(file, "merge");
    expect(outcome.reviews).toBe(1);
    expect(reviewsOf(state().reviews, "linear-models")).toEqual([
      { at: T - 3 * HOUR, result: "forgot" },
      { at: T - 2 * HOUR, result: "remembered" },
    ]);
  });

  it("is undone in one step", () => {
    const { state } = learner();
    const before = structuredClone({
      done: state().done,
      inProgress: state().inProgress,
      reviews: state().reviews,
      note: noteOf(state().notes, "linear-models"),
    });
    state().importFile(file, "merge");
    expect(state().history.at(-1)?.kind).toBe("import");
    expect(state().undo()).toBe(true);
    expect({
      done: state().done,
      inProgress: state().inProgress,
      reviews: state().reviews,
      note: noteOf(state().notes, "linear-models"),
    }).toEqual(before);
    expect(noteOf(state().notes, "attention")).toBe("");
  });

  it("keeps typing done after an import when that import is undone", () => {
    const { state } = learner();
    state().importFile(file, "merge");
    state().setNote("attention", "typed after the import");
    state().undo();
    expect(noteOf(state().notes, "attention")).toBe("typed after the import");
  });

  it("leaves out ids the curriculum cannot name, when given one", () => {
    const { state } = setup();
    const outcome = state().importFile(
      {
        marks: { rnn: { kind: "done", at: T }, stranger: { kind: "done", at: T } },
        notes: { "old-topic": { text: "removed topic", at: T }, other: { text: "x", at: T } },
        reviews: {},
      },
      "merge",
      { curriculum: curriculumV2 },
    );
    expect(outcome.dropped).toBe(2);
    expect(state().done).toEqual({ rnn: T });
    expect(noteOf(state().notes, "old-topic")).toBe("removed topic");
    expect(noteOf(state().notes, "other")).toBe("");
  });
});

describe("importFile, replace", () => {
  it("makes marks, notes and review history the file's, in one undo step", () => {
    const { state } = learner();
    state().setNote("backprop", "mine only");
    const outcome = state().importFile(file, "replace");
    expect(markOf(state(), "linear-models")).toEqual({ kind: "known", at: T - 20 * HOUR });
    expect(markOf(state(), "attention")).toEqual({ kind: "in-progress", at: 0 });
    expect(noteOf(state().notes, "linear-models")).toBe("the file's note");
    expect(noteOf(state().notes, "backprop")).toBe("");
    expect(reviewsOf(state().reviews, "linear-models")).toEqual([
      { at: T - 3 * HOUR, result: "forgot" },
      { at: T - 2 * HOUR, result: "remembered" },
    ]);
    expect(outcome.added).toEqual(["backprop"]);
    state().undo();
    expect(markOf(state(), "linear-models")).toEqual({ kind: "done", at: T - 10 * HOUR });
    expect(noteOf(state().notes, "backprop")).toBe("mine only");
    expect(reviewsOf(state().reviews, "linear-models")).toEqual([
      { at: T - 2 * HOUR, result: "remembered" },
    ]);
  });

  it("removes the learner's marks, notes and reviews the file lacks", () => {
    const { state } = learner();
    const outcome = state().importFile({ marks: {}, notes: {}, reviews: {} }, "replace");
    expect(state().done).toEqual({});
    expect(state().inProgress).toEqual({});
    expect(noteOf(state().notes, "linear-models")).toBe("");
    expect(state().reviews).toEqual({});
    expect(outcome.removed).toEqual(["linear-models"]);
  });
});

describe("export and import", () => {
  it("an export read back into a fresh browser gives the same marks, notes and reviews", () => {
    const { state } = learner();
    state().setMark("word2vec", "known", T - 4 * HOUR);
    state().setNote("a-removed-topic", "kept for later\nline two");
    state().setNote("empty-now", "x");
    state().setNote("empty-now", "");
    state().recordReview("linear-models", "remembered", T - HOUR, { implicitFor: ["backprop"] });
    const exported = exportFileOf(state(), "Test curriculum", T);
    expect(exported.topics.map((topic) => topic.id)).not.toContain("empty-now");
    const text = JSON.stringify(exported);

    const fresh = setup();
    const read = parseImportFile(text, text.length, { now: T });
    if (!read.ok) throw new Error(`refused: ${read.reason}`);
    fresh.state().importFile(read, "merge");
    for (const id of ["linear-models", "backprop", "word2vec"]) {
      expect(markOf(fresh.state(), id)).toEqual(markOf(state(), id));
    }
    expect(noteOf(fresh.state().notes, "a-removed-topic")).toBe("kept for later\nline two");
    expect(noteOf(fresh.state().notes, "linear-models")).toBe("my own note");
    expect(fresh.state().reviews).toEqual(state().reviews);
    expect(progressForExport(fresh.state(), "x").marks).toEqual(
      progressForExport(state(), "x").marks,
    );
  });

  it("exports known, in progress and done as their own marks", () => {
    const { state } = learner();
    state().setMark("word2vec", "known", T - 4 * HOUR);
    expect(progressForExport(state(), "t").marks).toEqual({
      "linear-models": { kind: "done", at: T - 10 * HOUR },
      backprop: { kind: "in-progress", at: T - 9 * HOUR },
      word2vec: { kind: "known", at: T - 4 * HOUR },
    });
  });
});

describe("previewFileImport", () => {
  it.each(["merge", "replace"] as const)(
    "(%s) foretells exactly what the import then does, and changes nothing itself",
    (mode) => {
      const { state } = learner();
      state().setNote("linear-models", "x".repeat(MAX_NOTE_LENGTH - 5));
      const before = JSON.stringify(pickPersisted(state()));
      const preview = previewFileImport(pickPersisted(state()), file, mode, T, curriculumV2);
      expect(JSON.stringify(pickPersisted(state()))).toBe(before);

      const outcome = state().importFile(file, mode, { curriculum: curriculumV2 });
      const entry = state().history.at(-1);
      if (!entry) throw new Error("no history entry");
      expect(summarizeFileImport(entry.before, outcome, outcome.cutNotes)).toEqual(preview);
      expect(preview.remarked.length + preview.notesChanged.length).toBeGreaterThan(0);
      if (mode === "merge") expect(preview.cutNotes).toEqual(["linear-models"]);
      else expect(preview.reviewsRemoved).toBe(0);
    },
  );
});
