/**
 * Reading a topic's mark and note from the progress store, as primitives, so memoised rows and
 * graph nodes re-render only when their own mark or note changes.
 */
import "./marks.css";
import { type MarkRecords, markKindOf, type Mark } from "../../progress/marks";
import type { NoteMap } from "../../progress/notes";
import { useGraph, useProgress } from "../app-context";

/**
 * The mark of a topic: kept under its id, else under one of its former ids (a topic renamed
 * with `aliases` keeps its learner's mark).
 */
export function topicMark(records: MarkRecords, id: string, aliases: readonly string[] = []): Mark {
  for (const key of [id, ...aliases]) {
    const mark = markKindOf(records, key);
    if (mark !== "none") return mark;
  }
  return "none";
}

/** The learner's own mark of `id` (see topicMark). */
export function useMark(id: string): Mark {
  const aliases = useGraph().topic(id)?.aliases;
  return useProgress((state) => topicMark(state, id, aliases));
}

/**
 * The note of a topic: kept under its id, else under one of its former ids (a topic renamed
 * with `aliases` finds its note again). A note deleted under the id (an empty tombstone) stays
 * deleted: former ids are read only when the id has no entry at all.
 */
export function topicNote(notes: NoteMap, id: string, aliases: readonly string[] = []): string {
  for (const key of [id, ...aliases]) {
    if (Object.hasOwn(notes, key)) return notes[key]?.text ?? "";
  }
  return "";
}

/** The learner's note on `id` (see topicNote), "" when none. */
export function useTopicNote(id: string): string {
  const aliases = useGraph().topic(id)?.aliases;
  return useProgress((state) => topicNote(state.notes, id, aliases));
}

/** True when the learner keeps a non-empty note on `id`. */
export function useHasNote(id: string): boolean {
  return useTopicNote(id) !== "";
}

/** The marks a row shows apart from its state: known and in progress (done is the state). */
export type ShownMark = "known" | "in-progress";

/** Icons drawn as text, hidden from assistive technology: words beside them say the mark. */
export const MARK_ICONS: Record<ShownMark, string> = { known: "★", "in-progress": "◐" };

export function shownMark(mark: Mark): ShownMark | undefined {
  return mark === "known" || mark === "in-progress" ? mark : undefined;
}

/** The shown mark of `id` from the stored records (for views that read many topics at once). */
export function shownMarkIn(
  known: Readonly<Record<string, number>>,
  inProgress: Readonly<Record<string, number>>,
  done: ReadonlySet<string>,
  id: string,
  aliases: readonly string[] = [],
): ShownMark | undefined {
  const keys = [id, ...aliases];
  if (done.has(id)) return keys.some((key) => Object.hasOwn(known, key)) ? "known" : undefined;
  return keys.some((key) => Object.hasOwn(inProgress, key)) ? "in-progress" : undefined;
}
