/**
 * Applying a confirmed import (from a share link or a file) to the learner's progress, with a
 * toast offering Undo and a spoken summary.
 */
import { useCallback } from "react";
import { resolveDone } from "../../graph";
import type { FileContents } from "../../progress/import-apply";
import { importShareLink, type SharedMarks } from "../../progress/share-import";
import type {
  ImportMode,
  ImportOutcome,
  ProgressStore as ProgressStoreState,
} from "../../progress/store";
import { useServices } from "../app-context";
import { useAnnounce } from "../feedback/announce";
import { useToast } from "../feedback/toasts";
import { useI18n } from "../i18n";
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
  const run = useImportRunner();
  const { curriculum } = useServices();
  return useCallback(
    (file, mode) => run((progress) => progress.importFile(file, mode, { curriculum })),
    [run, curriculum],
  );
}

/** Runs one import on the store, then says what it did, with Undo while it is the latest change. */
function useImportRunner(): (importer: (progress: ProgressStoreState) => ImportOutcome) => void {
  const { progress, graph } = useServices();
  const { t } = useI18n();
  const toast = useToast();
  const announce = useAnnounce();
  const framed = useFramedByOtherOrigin();

  return useCallback(
    (importer) => {
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
        added === 0 && removed === 0 ? words.marksChanged : words.done(added, removed);
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
