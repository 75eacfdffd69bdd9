/**
 * What an import of a file changes, in the words the import dialog uses: before (a preview made
 * by the store's own import code on a draft, so it cannot differ from what Import then does) and
 * after (from the undo entry the import left).
 */
import type { CompiledCurriculum } from "../curriculum/types";
import { applyFileContents, type FileContents, nameableContents } from "./import-apply";
import { type Before, ProgressDraft } from "./progress-edits";
import type { PersistedProgress } from "./progress-state";
import { doneChanges } from "./store-helpers";

/** What an import of a file changed, or would change: what the learner is told, by kind. */
export interface FileImportSummary {
  /** Ids that became done or known. */
  readonly added: readonly string[];
  /** Ids that stopped being done or known. */
  readonly removed: readonly string[];
  /** Ids whose mark changed otherwise (set in progress, done to known, a new time). */
  readonly remarked: readonly string[];
  /** Ids that got a note where they had none. */
  readonly notesAdded: readonly string[];
  /** Ids whose note changed (merge: the file's note appended; replace: the file's note). */
  readonly notesChanged: readonly string[];
  /** Ids whose note was deleted (replace, where the file has none). */
  readonly notesRemoved: readonly string[];
  /** Ids whose note was cut to the length limit, losing its end. */
  readonly cutNotes: readonly string[];
  readonly reviewsAdded: number;
  readonly reviewsRemoved: number;
}

const eventCount = (record: Before["reviewsAdded"]) =>
  Object.values(record).reduce((n, list) => n + list.length, 0);

/**
 * Sums up one import from what it replaced (`before`), its mark changes and the notes it cut.
 * The store reports the mark changes; the notes and review counts come from `before`.
 */
export function summarizeFileImport(
  before: Before,
  marks: { readonly added: readonly string[]; readonly removed: readonly string[] },
  cutNotes: readonly string[],
): FileImportSummary {
  const doneMoved = new Set([...marks.added, ...marks.removed]);
  const notes = Object.entries(before.notes);
  const had = (text: string | undefined) => (text ?? "") !== "";
  const ids = (keep: (was: string | undefined, set: string) => boolean) =>
    notes.filter(([, note]) => keep(note.was?.text, note.set.text)).map(([id]) => id);
  return {
    added: marks.added,
    removed: marks.removed,
    remarked: Object.keys(before.marks).filter((id) => !doneMoved.has(id)),
    notesAdded: ids((was, set) => !had(was) && had(set)),
    notesChanged: ids((was, set) => had(was) && had(set)),
    notesRemoved: ids((was, set) => had(was) && !had(set)),
    cutNotes,
    reviewsAdded: eventCount(before.reviewsAdded),
    reviewsRemoved: eventCount(before.reviewsRemoved),
  };
}

/**
 * What importing `file` in `mode` would change, without changing anything: the store's own
 * import run on a draft of `current`, so the preview cannot differ from what Import does.
 */
export function previewFileImport(
  current: PersistedProgress,
  file: FileContents,
  mode: "merge" | "replace",
  now: number,
  curriculum?: CompiledCurriculum,
): FileImportSummary {
  const { contents } = nameableContents(file, curriculum);
  const draft = new ProgressDraft(current, now);
  const cut = applyFileContents(draft, current, contents, mode, now);
  const before = draft.changes();
  return summarizeFileImport(before, doneChanges(Object.entries(before.marks), draft), cut);
}
