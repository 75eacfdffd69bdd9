/**
 * Ticking and unticking topics from a view: the change and its feedback (what just became
 * available, the offer to tick a locked topic's missing prerequisites, the untick note, Undo)
 * are made by tick-feedback.ts.
 */
import { useContext, useMemo } from "react";
import { provided, useServices } from "../app-context";
import { useI18n } from "../i18n";
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

  return useMemo<TickApi>(() => {
    const context: TickContext = { graph, progress, i18n, feedback };
    return { toggle: (id, checked) => toggleTopic(context, id, checked) };
  }, [graph, progress, i18n, feedback]);
}
