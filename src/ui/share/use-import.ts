/**
 * Applying a confirmed import (from a share link or a file) to the learner's progress, with a
 * toast offering Undo and a spoken summary.
 */
import { useCallback } from "react";
import { type Graph, resolveDone } from "../../graph";
import type { FileContents } from "../../progress/import-apply";
import { type FileImportSummary, summarizeFileImport } from "../../progress/import-summary";
import { importShareLink, type SharedMarks } from "../../progress/share-import";
import type {
  FileImportOutcome,
  HistoryEntry,
  ImportMode,
  ImportOutcome,
  ProgressStore as ProgressStoreState,
} from "../../progress/store";
import { useGraph, useServices } from "../app-context";
import { useAnnounce } from "../feedback/announce";
import { title } from "../feedback/tick-feedback";
import { useToast } from "../feedback/toasts";
import { type I18n, useI18n } from "../i18n";
import { useFramedByOtherOrigin } from "../safety/foreign-frame";

/**
 * Returns `apply(done, mode, marks)`: imports a share link's done topics with its known and
 * in-progress ones, by the rules of progress/share-import.ts.
 */
export function useApplyLinkImport(): (
  done: readonly string[],
  mode: ImportMode,
  marks?: SharedMarks,
) => void {
  const run = useImportRunner();
  const { curriculum } = useServices();
  return useCallback(
    (done, mode, marks = {}) =>
      run((progress) => importShareLink(progress, done, marks, mode, curriculum.aliases)),
    [run, curriculum],
  );
}

/**
 * Returns `apply(file, mode)`: imports a read progress file, marks, notes and review history
 * (version 1 files bring done marks only), leaving out ids this curriculum cannot name.
 */
export function useApplyFileImport(): (file: FileContents, mode: ImportMode) => void {
  const run = useImportRunner<FileImportOutcome>();
  const { curriculum } = useServices();
  const i18n = useI18n();
  const graph = useGraph();
  return useCallback(
    (file, mode) =>
      run(
        (progress) => progress.importFile(file, mode, { curriculum }),
        (outcome, entry) =>
          fileImportMessage(
            summarizeFileImport(entry.before, outcome, outcome.cutNotes),
            mode,
            i18n,
            graph,
          ),
      ),
    [run, curriculum, i18n, graph],
  );
}

/**
 * What a file import did, all of it: topics added and removed, other marks, notes, review
 * history, and each note that was cut to the length limit, by topic title.
 */
function fileImportMessage(
  summary: FileImportSummary,
  mode: ImportMode,
  i18n: I18n,
  graph: Graph,
): string {
  const { t } = i18n;
  const words = t.share.importing;
  const added = resolveDone(graph, summary.added).size;
  const removed = resolveDone(graph, summary.removed).size;
  const remarked = resolveDone(graph, summary.remarked).size;
  const count = (n: number, say: (n: number) => string) => (n > 0 ? [say(n)] : []);
  const cut = summary.cutNotes.map((id) => `“${title({ graph, i18n }, id)}”`);
  return [
    added > 0 || removed > 0 ? words.done(added, removed) : words.imported,
    ...count(remarked, words.remarkedDone),
    ...count(summary.notesAdded.length, words.notesAddedDone),
    ...count(
      summary.notesChanged.length,
      mode === "merge" ? words.notesMergedDone : words.notesReplacedDone,
    ),
    ...count(summary.notesRemoved.length, words.notesRemovedDone),
    ...count(summary.reviewsAdded, words.reviewsAddedDone),
    ...count(summary.reviewsRemoved, words.reviewsRemovedDone),
    ...(cut.length > 0 ? [words.notesCutDone(cut.length, cut.join(t.share.listSeparator))] : []),
  ].join(t.shell.sentenceGap);
}

/** Runs one import on the store, then says what it did, with Undo while it is the latest change. */
function useImportRunner<Outcome extends ImportOutcome = ImportOutcome>(): (
  importer: (progress: ProgressStoreState) => Outcome,
  summarize?: (outcome: Outcome, entry: HistoryEntry) => string,
) => void {
  const { progress, graph } = useServices();
  const { t } = useI18n();
  const toast = useToast();
  const announce = useAnnounce();
  const framed = useFramedByOtherOrigin();

  return useCallback(
    (importer, summarize) => {
      // Inside another site's frame the buttons are off; this holds even if one is reached.
      if (framed) {
        announce(t.shell.framed.message);
        return;
      }
      const words = t.share.importing;
      const latestBefore = progress.getState().history.at(-1);
      const outcome = importer(progress.getState());
      const entry = progress.getState().history.at(-1);
      if (entry === latestBefore) {
        announce(words.nothingChanged);
        toast.show({ message: words.nothingChanged });
        return;
      }
      // Counted as topics of this curriculum (a former id and its new id are one topic).
      const added = resolveDone(graph, outcome.added).size;
      const removed = resolveDone(graph, outcome.removed).size;
      // Only marks changed (e.g. topics now in progress): say so rather than "0 added".
      const message =
        entry && summarize
          ? summarize(outcome, entry)
          : added === 0 && removed === 0
            ? words.marksChanged
            : words.done(added, removed);
      announce(message);
      toast.show({
        message,
        undo: () => {
          // Undo reverts the latest change; only do it while that is still this import.
          const undone = progress.getState().history.at(-1) === entry;
          if (undone) progress.getState().undo();
          const note = undone ? words.undone : words.cannotUndo;
          announce(note);
          toast.show({ message: note });
        },
      });
    },
    [progress, graph, t, toast, announce, framed],
  );
}
