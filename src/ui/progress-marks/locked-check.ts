/**
 * Whether marking a topic done or known has to ask first: it is locked now. Cheap and small, as
 * every tick checks it; the question itself (and what it names) loads on demand.
 */
import type { Mark } from "../../progress/marks";
import { doneSetFor, statesFor } from "../app-context";
import type { TickContext } from "../feedback/tick-feedback";

export function mustAsk(context: Pick<TickContext, "graph" | "progress">, id: string, mark: Mark) {
  if (mark !== "done" && mark !== "known") return false;
  const { graph, progress } = context;
  const done = doneSetFor(graph, progress.getState().done);
  return !done.has(id) && statesFor(graph, done).get(id)?.state === "locked";
}
