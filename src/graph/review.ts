// The review schedule (interface.md §5): pure rules over done times and review events. The
// progress store keeps the events; the review page and the header ask these functions.
import { type Graph, indexOf } from "./graph-index";
import { at, defined, intAt } from "./invariant";

export type ReviewResult = "remembered" | "forgot";

/** One review as the learner gave it: when (ms since the epoch) and how it went. */
export interface ReviewEvent {
  readonly at: number;
  readonly result: ReviewResult;
}

/** A review that counts for a topic: its own, or one made on a topic requiring it (`via`). */
export interface CountedReview extends ReviewEvent {
  /** For an implicit review: the topic whose "Remembered" review refreshed this one. */
  readonly via?: string;
}

/** What the schedule needs of a topic marked done (not known). */
export interface ReviewInput {
  /** When it was marked done (ms since the epoch). */
  readonly doneAt: number;
  /** Its own reviews, in any order; repeats are counted once. */
  readonly events?: readonly ReviewEvent[];
}

export interface ReviewSchedule {
  readonly id: string;
  readonly doneAt: number;
  /** When the next review falls due (ms since the epoch). */
  readonly due: number;
  /** "Remembered" reviews in a row since the last "Forgot" (or since done). */
  readonly streak: number;
  /** The reviews that counted, oldest first. */
  readonly reviews: readonly CountedReview[];
}

/** Days to the next review after k "Remembered" in a row (index k; the last repeats). */
export const REVIEW_INTERVALS_DAYS = [3, 7, 21, 60, 180] as const;

/** An implicit review refreshes a prerequisite due up to this long after it. */
export const IMPLICIT_WINDOW_DAYS = 7;

const DAY_MS = 86_400_000;

/** A topic's schedule while its reviews are replayed in time order. */
class Replay {
  due: number;
  streak = 0;
  readonly reviews: CountedReview[] = [];
  /** Per time already counted: 1 for "remembered", 2 for "forgot" (both may happen). */
  private readonly seen = new Map<number, number>();

  constructor(readonly doneAt: number) {
    this.due = doneAt + at(REVIEW_INTERVALS_DAYS, 0) * DAY_MS;
  }

  /**
   * Counts one review. Reviews from before the done time belong to an earlier round of the
   * topic (it was unticked and done again) and do not count; a review already counted (same
   * time, same result) is not counted twice.
   */
  apply(event: CountedReview): boolean {
    const bit = event.result === "remembered" ? 1 : 2;
    const counted = this.seen.get(event.at) ?? 0;
    if (event.at < this.doneAt || (counted & bit) !== 0) return false;
    this.seen.set(event.at, counted | bit);
    this.streak = event.result === "remembered" ? this.streak + 1 : 0;
    const step = Math.min(this.streak, REVIEW_INTERVALS_DAYS.length - 1);
    this.due = event.at + at(REVIEW_INTERVALS_DAYS, step) * DAY_MS;
    this.reviews.push(event);
    return true;
  }
}

/** Valid events only (finite times, a known result), oldest first; a stable order for ties. */
function sortedEvents(events: readonly ReviewEvent[] | undefined): ReviewEvent[] {
  const valid = (events ?? []).filter(
    (e) =>
      e != null && Number.isFinite(e.at) && (e.result === "remembered" || e.result === "forgot"),
  );
  return valid.sort(
    (a, b) => a.at - b.at || (a.result < b.result ? -1 : a.result > b.result ? 1 : 0),
  );
}

/**
 * The schedule of one topic from its own reviews alone (no implicit reviews): due 3 days after
 * it was done; after k "Remembered" in a row since the last "Forgot", due 3, 7, 21, 60, 180
 * days (then 180 again) after the latest review; "Forgot" makes it due 3 days after that
 * review. Events may come in any order (a clock that went back): they are replayed by time.
 */
export function scheduleReview(
  doneAt: number,
  events: readonly ReviewEvent[] = [],
): Pick<ReviewSchedule, "due" | "streak"> {
  const replay = new Replay(doneAt);
  for (const event of sortedEvents(events)) replay.apply(event);
  return { due: replay.due, streak: replay.streak };
}

/**
 * The schedule of every done topic, implicit reviews included: a "Remembered" review of T at
 * time r also counts as one, at r, for each topic T directly requires (every listed id and
 * every `anyOf` member) that is done by r and due at or before r + 7 days. Implicit reviews do
 * not pass further down. Keys of `done` may be aliases: the entries of one topic (a tick kept
 * under its former id, reviews made under its new one) count together, from the earliest finite
 * `doneAt`, so no review made since the first tick is lost. Ids the curriculum does not know, and topics with no finite `doneAt`, get no
 * schedule. Keyed by current id, in graph order.
 */
export function reviewSchedules(
  graph: Graph,
  done: ReadonlyMap<string, ReviewInput>,
): Map<string, ReviewSchedule> {
  const index = indexOf(graph);
  const doneAt = new Map<number, number>();
  const inputs: { t: number; input: ReviewInput }[] = [];
  for (const [id, input] of done) {
    const t = index.indexOf(id);
    if (t < 0 || input == null) continue;
    inputs.push({ t, input });
    if (Number.isFinite(input.doneAt))
      doneAt.set(t, Math.min(input.doneAt, doneAt.get(t) ?? Infinity));
  }
  const replays = new Map<number, Replay>();
  for (const [t, time] of doneAt) replays.set(t, new Replay(time));
  const own: { t: number; event: ReviewEvent }[] = [];
  for (const { t, input } of inputs) {
    if (!replays.has(t)) continue;
    for (const event of sortedEvents(input.events)) own.push({ t, event });
  }
  // One timeline for all topics, so a prerequisite's due time at r reflects what came before.
  own.sort((a, b) => a.event.at - b.event.at || intAt(index.rank, a.t) - intAt(index.rank, b.t));
  const { groupStart, memberStart, members } = index;
  const window = IMPLICIT_WINDOW_DAYS * DAY_MS;
  for (const { t, event } of own) {
    const replay = defined(replays.get(t), "a replay for every topic with events");
    if (!replay.apply(event) || event.result !== "remembered") continue;
    const via = index.idAt(t);
    const start = intAt(memberStart, intAt(groupStart, t));
    const end = intAt(memberStart, intAt(groupStart, t + 1));
    for (let k = start; k < end; k++) {
      const prerequisite = replays.get(intAt(members, k));
      // Not done by then (the replay ignores it) or not due soon: no implicit review.
      if (!prerequisite || prerequisite.due > event.at + window) continue;
      prerequisite.apply({ at: event.at, result: "remembered", via });
    }
  }
  const schedules = new Map<string, ReviewSchedule>();
  for (const t of index.orderIndices) {
    const replay = replays.get(t);
    if (!replay) continue;
    const id = index.idAt(t);
    const { doneAt, due, streak, reviews } = replay;
    schedules.set(id, { id, doneAt, due, streak, reviews });
  }
  return schedules;
}

/** Topics due at `now` (due time <= now), oldest due first (ties keep graph order). */
export function dueReviews(
  schedules: ReadonlyMap<string, ReviewSchedule>,
  now: number,
): ReviewSchedule[] {
  return [...schedules.values()].filter((s) => s.due <= now).sort((a, b) => a.due - b.due);
}

/** Topics not due yet at `now`, soonest first: the empty state's "next review" and calendars. */
export function upcomingReviews(
  schedules: ReadonlyMap<string, ReviewSchedule>,
  now: number,
): ReviewSchedule[] {
  return [...schedules.values()].filter((s) => s.due > now).sort((a, b) => a.due - b.due);
}

/**
 * Topics that the "Remembered" review of `id` at `at` refreshed implicitly, in graph order:
 * what "also refreshed: …" names after that review.
 */
export function refreshedBy(
  schedules: ReadonlyMap<string, ReviewSchedule>,
  id: string,
  reviewedAt: number,
): string[] {
  const refreshed: string[] = [];
  for (const schedule of schedules.values()) {
    if (schedule.reviews.some((r) => r.via === id && r.at === reviewedAt))
      refreshed.push(schedule.id);
  }
  return refreshed;
}
