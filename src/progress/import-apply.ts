/**
 * How an import applies to the learner's progress (the store's `importFile`), as pure edits on
 * a draft. `merge` keeps what the learner has and adds the file's: per topic the later mark
 * (a topic not started here takes the file's mark), the learner's note with a differing
 * imported note appended under a dated separator, and the union of review events. `replace`
 * makes marks, notes and review history the file's.
 */
import type { CompiledCurriculum } from "../curriculum/types";
import type { ReviewEvent, TopicMark, TopicNote } from "./export-format";
import { appendImportedNote, cutNote, noteOf } from "./notes";
import type { ProgressDraft } from "./progress-edits";
import type { PersistedProgress } from "./progress-state";
import { isPlausibleId } from "./records";
import { compareEvents } from "./reviews-state";
import { keepNameable } from "./slot-index";

/** What a file brings (the records of a successful `parseImportFile`). */
export interface FileContents {
  readonly marks: Readonly<Record<string, TopicMark>>;
  readonly notes: Readonly<Record<string, TopicNote>>;
  readonly reviews: Readonly<Record<string, readonly ReviewEvent[]>>;
}

/** The file's records, restricted to ids the curriculum can name when one is given. */
export function nameableContents(
  contents: FileContents,
  curriculum?: CompiledCurriculum,
): { readonly contents: FileContents; readonly dropped: number } {
  const plausible = <T>(record: Readonly<Record<string, T>>) =>
    Object.fromEntries(Object.entries(record).filter(([id]) => isPlausibleId(id)));
  const clean = {
    marks: plausible(contents.marks),
    notes: plausible(contents.notes),
    reviews: plausible(contents.reviews),
  };
  if (curriculum === undefined) return { contents: clean, dropped: 0 };
  const marks = keepNameable(curriculum, clean.marks);
  const notes = keepNameable(curriculum, clean.notes);
  const reviews = keepNameable(curriculum, clean.reviews);
  const all = new Set([
    ...Object.keys(clean.marks),
    ...Object.keys(clean.notes),
    ...Object.keys(clean.reviews),
  ]);
  const kept = (id: string) =>
    Object.hasOwn(marks.kept, id) ||
    Object.hasOwn(notes.kept, id) ||
    Object.hasOwn(reviews.kept, id);
  return {
    contents: { marks: marks.kept, notes: notes.kept, reviews: reviews.kept },
    dropped: [...all].filter((id) => !kept(id)).length,
  };
}

/** Ids whose note an import cut to the length limit. */
export type CutNotes = string[];

/**
 * Applies `contents` to `draft` (made on `current`) in the given mode; returns the ids whose
 * note had to be cut to the limit when an imported note was appended.
 */
export function applyFileContents(
  draft: ProgressDraft,
  current: PersistedProgress,
  contents: FileContents,
  mode: "merge" | "replace",
  now: number,
): CutNotes {
  const cut: CutNotes = [];
  if (mode === "replace") {
    for (const id of [...Object.keys(current.done), ...Object.keys(current.inProgress)]) {
      if (!Object.hasOwn(contents.marks, id)) draft.setMark(id, null);
    }
    for (const id of Object.keys(current.notes)) {
      if (!Object.hasOwn(contents.notes, id)) draft.setNote(id, "");
    }
    for (const [id, events] of Object.entries(current.reviews)) {
      const keep = Object.hasOwn(contents.reviews, id) ? (contents.reviews[id] ?? []) : [];
      draft.removeReviews(
        id,
        events.filter((event) => !keep.some((kept) => compareEvents(kept, event) === 0)),
      );
    }
  }
  for (const [id, mark] of Object.entries(contents.marks)) {
    const mine = draft.markOf(id);
    if (mode === "replace" || mine === undefined) draft.setMark(id, mark);
    else if (mine.kind !== mark.kind && mark.at > mine.at) draft.setMark(id, mark);
  }
  for (const [id, note] of Object.entries(contents.notes)) {
    const mine = noteOf(current.notes, id);
    const next = mode === "replace" ? cutNote(note.text) : appendImportedNote(mine, note.text, now);
    if (next.cut) cut.push(id);
    draft.setNote(id, next.text);
  }
  for (const [id, events] of Object.entries(contents.reviews)) draft.addReviews(id, events);
  return cut;
}
