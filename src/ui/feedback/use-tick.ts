/**
 * Ticking and unticking topics from a view: the change and its feedback (what just became
 * available, the untick note, Undo) are made by tick-feedback.ts; ticking a locked topic first
 * asks about its missing prerequisites (progress-marks/locked-mark-host.tsx).
 */
import { useContext, useMemo } from "react";
import { provided, useServices } from "../app-context";
import { useI18n } from "../i18n";
import { LockedMarkContext } from "../progress-marks/locked-mark-context";
import { mustAsk } from "../progress-marks/locked-check";
import { FeedbackContext } from "./feedback-context";
import { type TickContext, toggleTopic } from "./tick-feedback";

export interface TickApi {
  /** Marks one topic (canonical id) done (`checked`) or not done, with all the feedback. */
  toggle(id: string, checked: boolean): void;
  /** Marks a locked topic done without asking about its prerequisites (the answer given). */
  markWithoutAsking(id: string): void;
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
        if (checked && ask && mustAsk(context, id, "done")) ask({ id, mark: "done" });
        else toggleTopic(context, id, checked);
      },
      markWithoutAsking: (id) => toggleTopic(context, id, true),
    };
  }, [graph, progress, i18n, feedback, ask]);
}
