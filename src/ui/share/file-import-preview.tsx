/**
 * What importing a file would change, for one choice (merge or replace): marks, notes and
 * review history. Computed by the store's own import run on a copy, so the preview and the
 * import cannot disagree, and redone whenever the learner's progress changes.
 */
import { useMemo } from "react";
import { resolveDone } from "../../graph";
import type { FileContents } from "../../progress/import-apply";
import { previewFileImport } from "../../progress/import-summary";
import { pickPersisted } from "../../progress/progress-state";
import type { ImportMode } from "../../progress/store";
import { useGraph, useProgress, useServices } from "../app-context";
import { useI18n } from "../i18n";
import { ChangeList } from "./topic-title-list";

/** The summaries of both choices, for the dialog's two sections. */
export function useFilePreviews(file: FileContents) {
  const { curriculum, now } = useServices();
  const state = useProgress((progress) => progress);
  return useMemo(() => {
    const current = pickPersisted(state);
    const at = now();
    const preview = (mode: ImportMode) => previewFileImport(current, file, mode, at, curriculum);
    return { merge: preview("merge"), replace: preview("replace") };
  }, [state, file, curriculum, now]);
}

type Summary = ReturnType<typeof useFilePreviews>["merge"];

/** Note ids as topics of this curriculum, in its order; ids it has no topic for come last. */
function useNoteIds() {
  const graph = useGraph();
  return (ids: readonly string[]) => [
    ...resolveDone(graph, ids),
    ...ids.filter((id) => graph.canonicalId(id) === undefined),
  ];
}

/** The notes and review history lines of one choice's preview. */
export function FileNotesPreview({ summary, mode }: { summary: Summary; mode: ImportMode }) {
  const { t } = useI18n();
  const words = t.share.importing;
  const noteIds = useNoteIds();
  const added = noteIds(summary.notesAdded);
  const changed = noteIds(summary.notesChanged);
  const removed = noteIds(summary.notesRemoved);
  const cut = noteIds(summary.cutNotes);
  return (
    <>
      <ChangeList label={words.notesAdded(added.length)} ids={added} />
      <ChangeList
        label={(mode === "merge" ? words.notesMerged : words.notesReplaced)(changed.length)}
        ids={changed}
      />
      <ChangeList label={words.notesRemoved(removed.length)} ids={removed} />
      {cut.length > 0 && (
        <div className="import-warning">
          <ChangeList label={words.notesCut(cut.length)} ids={cut} />
        </div>
      )}
      {summary.reviewsAdded > 0 && <p>{words.reviewsAdded(summary.reviewsAdded)}</p>}
      {summary.reviewsRemoved > 0 && <p>{words.reviewsRemoved(summary.reviewsRemoved)}</p>}
    </>
  );
}

/** True when the choice would change nothing at all. */
export function changesNothing(summary: Summary): boolean {
  return (
    summary.added.length === 0 &&
    summary.removed.length === 0 &&
    summary.remarked.length === 0 &&
    summary.notesAdded.length === 0 &&
    summary.notesChanged.length === 0 &&
    summary.notesRemoved.length === 0 &&
    summary.reviewsAdded === 0 &&
    summary.reviewsRemoved === 0
  );
}
