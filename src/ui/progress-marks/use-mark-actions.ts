import { useContext, useMemo } from "react";
import type { Mark } from "../../progress/marks";
import { provided, useServices } from "../app-context";
import { FeedbackContext } from "../feedback/feedback-context";
import type { TickContext } from "../feedback/tick-feedback";
import { useI18n } from "../i18n";
import { LockedMarkContext } from "./locked-mark-context";
import { mustAsk } from "./locked-check";
import { applyMark } from "./mark-actions";

/** The context the tick and mark feedback need, from the providers around a view. */
export function useTickContext(): TickContext {
  const { graph, progress } = useServices();
  const i18n = useI18n();
  const feedback = provided(useContext(FeedbackContext), "FeedbackHost");
  return useMemo(() => ({ graph, progress, i18n, feedback }), [graph, progress, i18n, feedback]);
}

/** Sets a topic's mark; done or known on a locked topic asks first (the dialog). */
export function useSetMark(): (id: string, mark: Mark) => void {
  const context = useTickContext();
  const ask = useContext(LockedMarkContext);
  return useMemo(
    () => (id: string, mark: Mark) => {
      if (ask && (mark === "done" || mark === "known") && mustAsk(context, id, mark)) {
        ask({ id, mark });
      } else applyMark(context, id, mark);
    },
    [context, ask],
  );
}
