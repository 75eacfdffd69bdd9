/**
 * Applying a confirmed import (from a share link or a file) to the learner's progress, with a
 * toast offering Undo and a spoken summary.
 */
import { useCallback } from "react";
import { resolveDone } from "../../graph";
import type { TimeMap } from "../../progress/records";
import type { ImportMode } from "../../progress/store";
import { useServices } from "../app-context";
import { useAnnounce } from "../feedback/announce";
import { useToast } from "../feedback/toasts";
import { useI18n } from "../i18n";
import { useFramedByOtherOrigin } from "../safety/foreign-frame";

/** Returns `apply(done, mode)`: imports `done` (a list from a link, or id -> time from a file). */
export function useApplyImport(): (done: TimeMap | readonly string[], mode: ImportMode) => void {
  const { progress, graph } = useServices();
  const { t } = useI18n();
  const toast = useToast();
  const announce = useAnnounce();
  const framed = useFramedByOtherOrigin();

  return useCallback(
    (done, mode) => {
      // Inside another site's frame the buttons are off; this holds even if one is reached.
      if (framed) {
        announce(t.shell.framed.message);
        return;
      }
      const words = t.share.importing;
      const latestBefore = progress.getState().history.at(-1);
      const outcome = progress.getState().importProgress(done, mode);
      const entry = progress.getState().history.at(-1);
      if (entry === latestBefore) {
        announce(words.nothingChanged);
        toast.show({ message: words.nothingChanged });
        return;
      }
      // Counted as topics of this curriculum (a former id and its new id are one topic).
      const added = resolveDone(graph, outcome.added).size;
      const removed = resolveDone(graph, outcome.removed).size;
      const message = words.done(added, removed);
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
