/**
 * Ticking and unticking topics. The change to progress happens here, at once, so the checkbox
 * and the outline repaint in the same frame; the feedback (what just became available, the
 * offer to tick a locked topic's missing prerequisites, the untick note, Undo) is in
 * tick-feedback.ts, which arrives with the deferred chunk right after the first paint.
 */
import { useMemo } from "react";
import { doneSetFor, useServices } from "../app-context";
import { withDeferred } from "../components/deferred";
import { useAnnounce } from "../components/live-announcer";
import { useToast } from "../components/toasts";
import { useI18n } from "../i18n";
import type { TickChange, TickContext } from "./tick-feedback";

export interface TickApi {
  /** Marks one topic (canonical id) done (`checked`) or not done, with all the feedback. */
  toggle(id: string, checked: boolean): void;
}

export function useTick(): TickApi {
  const { graph, progress } = useServices();
  const i18n = useI18n();
  const announce = useAnnounce();
  const toast = useToast();

  return useMemo<TickApi>(() => {
    const context: TickContext = { graph, progress, i18n, announce, toast };
    return {
      toggle(id, checked) {
        const done = () => doneSetFor(graph, progress.getState().done);
        const beforeSet = done();
        if (checked) {
          progress.getState().tick([id]);
        } else {
          // Stored ids may be former ids (aliases) of this topic: untick those too.
          const stored = Object.keys(progress.getState().done).filter(
            (key) => key === id || graph.canonicalId(key) === id,
          );
          progress.getState().untick(stored.length > 0 ? stored : [id]);
        }
        const change: TickChange = { id, checked, beforeSet, afterSet: done() };
        // Usually loaded, so this runs now, before React paints the change.
        withDeferred((parts) => parts.reportTick(context, change));
      },
    };
  }, [graph, progress, i18n, announce, toast]);
}
