/**
 * Ticking and unticking topics. The change and its feedback (what just became available, the
 * offer to tick a locked topic's missing prerequisites, the untick note, Undo) are made by
 * tick-feedback.ts, which arrives with the deferred chunk right after the first paint: once it
 * is there (nearly always before the first click) a tick happens at once, in the same frame;
 * a tick made before waits for it rather than being lost.
 */
import { useContext, useMemo } from "react";
import { provided, useServices } from "../app-context";
import { withDeferred } from "../components/deferred";
import { FeedbackContext } from "../components/feedback-host";
import { useI18n } from "../i18n";
import type { TickContext } from "./tick-feedback";

export interface TickApi {
  /**
   * Marks one topic (canonical id) done (`checked`) or not done, with all the feedback. Returns,
   * when the tick has to wait for its code, a promise settled once it is made or given up.
   */
  toggle(id: string, checked: boolean): Promise<void> | undefined;
}

export function useTick(): TickApi {
  const { graph, progress } = useServices();
  const i18n = useI18n();
  const feedback = provided(useContext(FeedbackContext), "FeedbackHost");

  return useMemo<TickApi>(() => {
    const context: TickContext = { graph, progress, i18n, feedback };
    return {
      toggle: (id, checked) => withDeferred((parts) => parts.toggleTopic(context, id, checked)),
    };
  }, [graph, progress, i18n, feedback]);
}
