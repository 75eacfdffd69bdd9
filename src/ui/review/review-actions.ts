/**
 * What the review buttons do: record the review in the store at the clock's time (with the
 * implicit refreshes of a "Remembered" one, in the same undo step) and say what changed.
 */
import type { Graph } from "../../graph";
import type { AppServices } from "../app-context";
import { implicitRefreshes, schedulesOf } from "./review-data";

export type ReviewOutcomeView =
  | {
      readonly kind: "remembered";
      readonly id: string;
      /** Topics the review also refreshed, in graph order. */
      readonly refreshed: readonly string[];
      readonly nextDue: number | undefined;
    }
  | {
      readonly kind: "forgot";
      readonly id: string;
      readonly nextDue: number | undefined;
      /** True once the learner chose to mark it in progress again. */
      readonly markedInProgress: boolean;
    };

type Services = Pick<AppServices, "graph" | "progress" | "now">;

function nextDueOf(graph: Graph, services: Services, id: string): number | undefined {
  return schedulesOf(graph, services.progress.getState()).get(id)?.due;
}

/** Records "Remembered" for `id` now; the outcome names what was implicitly refreshed. */
export function rememberTopic(services: Services, id: string): ReviewOutcomeView {
  const { graph, progress } = services;
  const at = services.now();
  const implicitFor = implicitRefreshes(graph, progress.getState(), id, at);
  const outcome = progress.getState().recordReview(id, "remembered", at, { implicitFor });
  // The store reports the ids it gave an event; listed in graph order, as the engine has them.
  const stored = new Set(outcome.refreshed.map((other) => graph.canonicalId(other) ?? other));
  const refreshed = implicitFor.filter((other) => stored.has(other));
  return { kind: "remembered", id, refreshed, nextDue: nextDueOf(graph, services, id) };
}

/** Records "Forgot" for `id` now. */
export function forgetTopic(services: Services, id: string): ReviewOutcomeView {
  const { graph, progress } = services;
  progress.getState().recordReview(id, "forgot", services.now());
  return { kind: "forgot", id, nextDue: nextDueOf(graph, services, id), markedInProgress: false };
}

/** After "Forgot": the learner chose to study the topic again. */
export function markInProgressAgain(services: Services, id: string): boolean {
  return services.progress.getState().setMark(id, "in-progress", services.now()).length > 0;
}
