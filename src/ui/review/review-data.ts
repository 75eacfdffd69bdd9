/**
 * The review schedule as the views need it, from the learner's records and the engine's pure
 * rule (src/graph/review.ts). No React: the schedule is computed once per change of the records
 * (cached by their identity), and the implicit refreshes of a "Remembered" review are worked
 * out before it is recorded, so the store keeps them in the same undo step.
 */
import {
  dueReviews,
  type Graph,
  type ReviewSchedule,
  refreshedBy,
  reviewSchedules,
} from "../../graph";
import { reviewInputs } from "../../progress/marks";
import type { PersistedProgress } from "../../progress/progress-state";

/** The records the schedule depends on. */
export type ReviewRecords = Pick<PersistedProgress, "done" | "known" | "reviews">;

export type Schedules = ReadonlyMap<string, ReviewSchedule>;

interface Cached {
  readonly done: ReviewRecords["done"];
  readonly known: ReviewRecords["known"];
  readonly reviews: ReviewRecords["reviews"];
  readonly schedules: Schedules;
}

// The latest schedule per graph: views read it many times per change of the records.
const latest = new WeakMap<Graph, Cached>();

/** Every scheduled topic (marked done, not known) by current id. */
export function schedulesOf(graph: Graph, records: ReviewRecords): Schedules {
  const cached = latest.get(graph);
  if (
    cached &&
    cached.done === records.done &&
    cached.known === records.known &&
    cached.reviews === records.reviews
  ) {
    return cached.schedules;
  }
  const schedules = reviewSchedules(graph, reviewInputs(records));
  latest.set(graph, {
    done: records.done,
    known: records.known,
    reviews: records.reviews,
    schedules,
  });
  return schedules;
}

/** Topics due at `now` (due <= now), oldest due first. */
export function dueAt(schedules: Schedules, now: number): readonly ReviewSchedule[] {
  return dueReviews(schedules, now);
}

/**
 * The topics a "Remembered" review of `id` at `at` would also refresh (the engine's implicit
 * rule), worked out on the records as they would be with that review added.
 */
export function implicitRefreshes(
  graph: Graph,
  records: ReviewRecords,
  id: string,
  at: number,
): string[] {
  const inputs = reviewInputs(records);
  // The topic's tick may be kept under a former id: the engine counts its ids together.
  const own = inputs.get(id) ?? { doneAt: Number.NaN, events: [] };
  inputs.set(id, { ...own, events: [...own.events, { at, result: "remembered" }] });
  return refreshedBy(reviewSchedules(graph, inputs), id, at);
}
