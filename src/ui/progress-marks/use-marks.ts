/**
 * Reading a topic's mark and note from the progress store, as primitives, so memoised rows and
 * graph nodes re-render only when their own mark or note changes.
 */
import "./marks.css";
import { markKindOf, type Mark } from "../../progress/marks";
import { noteOf } from "../../progress/notes";
import { useProgress } from "../app-context";

/** The learner's own mark of `id` ("none" when not started). */
export function useMark(id: string): Mark {
  return useProgress((state) => markKindOf(state, id));
}

/** True when the learner keeps a non-empty note on `id`. */
export function useHasNote(id: string): boolean {
  return useProgress((state) => noteOf(state.notes, id) !== "");
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
): ShownMark | undefined {
  if (Object.hasOwn(inProgress, id)) return "in-progress";
  return Object.hasOwn(known, id) && done.has(id) ? "known" : undefined;
}
