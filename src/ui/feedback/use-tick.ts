/**
 * Ticking and unticking topics from a view: the change and its feedback (what just became
 * available, the untick note, Undo) are made by tick-feedback.ts; ticking a locked topic first
 * asks about its missing prerequisites (progress-marks/locked-mark-host.tsx).
 */
import { useContext, useMemo } from "react";
import { provided, useServices } from "../app-context";
import { useI18n } from "../i18n";
import { LockedMarkContext } from "../progress-marks/locked-mark-context";
import { lockedMissing } from "../progress-marks/mark-actions";
import { FeedbackContext } from "./feedback-context";
import { type TickContext, toggleTopic } from "./tick-feedback";

export interface TickApi {
  /** Marks one topic (canonical id) done (`checked`) or not done, with all the feedback. */
  toggle(id: string, checked: boolean): void;
}

export function useTick(): TickApi {
  const { graph, progress } = useServices();
  const i18n = useI18n();
  const feedback = provided(useContext(FeedbackContext), "FeedbackHost");
  const ask = useContext(LockedMarkContext);

  return useMemo<TickApi>(() => {
    const context: TickContext = { graph, progress, i18n, feedback };
    return {
      toggle: (id, checked) => {
        // Ticking a locked topic asks first: mark its missing prerequisites known too?
        const missing = checked ? lockedMissing(context, id, "done") : [];
        if (missing.length > 0 && ask) ask({ id, mark: "done", missing });
        else toggleTopic(context, id, checked);
      },
    };
  }, [graph, progress, i18n, feedback, ask]);
}
