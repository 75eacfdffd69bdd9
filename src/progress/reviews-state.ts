/**
 * Review history: per topic, review events `{ at, result, implicit? }` kept sorted (by time,
 * then result, then explicit before implicit) without duplicates. Reviews and imports only add
 * events, so copies merge by union: a clock that went back (an event older than the latest)
 * lands in its place, and the same event seen twice is kept once. Removals (an undone review,
 * a replacing import) are recorded apart so they hold across tabs: review-changes.ts.
 */
import { REVIEW_RESULTS, type ReviewEvent, type ReviewResult } from "./export-format";
import { isPlausibleId, isPlausibleTime, sortedEntries } from "./records";

/** Topic id -> review events, sorted, without duplicates. */
export type ReviewMap = Readonly<Record<string, readonly ReviewEvent[]>>;

/** Orders events; 0 exactly for identical events. */
export function compareEvents(a: ReviewEvent, b: ReviewEvent): number {
  if (a.at !== b.at) return a.at - b.at;
  if (a.result !== b.result) return a.result < b.result ? -1 : 1;
  return Number(a.implicit === true) - Number(b.implicit === true);
}

/** A review event in its one stored form (`implicit` only when true). */
export function reviewEvent(at: number, result: ReviewResult, implicit = false): ReviewEvent {
  return implicit ? { at, result, implicit: true } : { at, result };
}

/** The events of `id` (empty when none). */
export function reviewsOf(reviews: ReviewMap, id: string): readonly ReviewEvent[] {
  return (Object.hasOwn(reviews, id) ? reviews[id] : undefined) ?? [];
}

/** The union of two sorted, duplicate-free lists, sorted and duplicate-free. */
export function unionEvents(
  a: readonly ReviewEvent[],
  b: readonly ReviewEvent[],
): readonly ReviewEvent[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: ReviewEvent[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    const order = x === undefined ? 1 : y === undefined ? -1 : compareEvents(x, y);
    if (order <= 0 && x !== undefined) {
      out.push(x);
      i++;
      if (order === 0) j++;
    } else if (y !== undefined) {
      out.push(y);
      j++;
    }
  }
  return out;
}

/** `list` without the events in `remove`. */
export function withoutEvents(
  list: readonly ReviewEvent[],
  remove: readonly ReviewEvent[],
): readonly ReviewEvent[] {
  return list.filter((event) => !remove.some((gone) => compareEvents(event, gone) === 0));
}

/** The events of `add` that `list` lacks, sorted and duplicate-free. */
export function newEvents(
  list: readonly ReviewEvent[],
  add: readonly ReviewEvent[],
): ReviewEvent[] {
  const fresh = [...add].sort(compareEvents).filter((e, i, all) => {
    const previous = all[i - 1];
    return previous === undefined || compareEvents(previous, e) !== 0;
  });
  return fresh.filter((event) => !list.some((old) => compareEvents(old, event) === 0));
}

/** Per topic the union of both copies; sorted keys. */
export function mergeReviews(a: ReviewMap, b: ReviewMap): ReviewMap {
  const out = new Map<string, readonly ReviewEvent[]>(Object.entries(a));
  for (const [id, events] of Object.entries(b)) {
    out.set(id, unionEvents(out.get(id) ?? [], events));
  }
  return Object.fromEntries(sortedEntries(out));
}

/** True when both copies hold the same events. */
export function sameReviews(a: ReviewMap, b: ReviewMap): boolean {
  const ids = Object.keys(a);
  if (ids.length !== Object.keys(b).length) return false;
  return ids.every((id) => {
    const x = reviewsOf(a, id);
    const y = reviewsOf(b, id);
    return (
      Object.hasOwn(b, id) &&
      x.length === y.length &&
      x.every((event, i) => compareEvents(event, y[i] as ReviewEvent) === 0)
    );
  });
}

/** Stored review history, checked: bad events are dropped and counted; lists are sorted. */
export function restoreReviews(
  value: unknown,
  now: number,
): { readonly reviews: ReviewMap; readonly dropped: number } {
  if (value === undefined) return { reviews: {}, dropped: 0 };
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { reviews: {}, dropped: 1 };
  }
  const reviews: [string, readonly ReviewEvent[]][] = [];
  let dropped = 0;
  for (const [id, list] of Object.entries(value)) {
    if (!isPlausibleId(id) || !Array.isArray(list)) {
      dropped++;
      continue;
    }
    const events: ReviewEvent[] = [];
    for (const item of list as unknown[]) {
      const { at, result, implicit } = (item ?? {}) as Record<string, unknown>;
      const known = REVIEW_RESULTS.includes(result as ReviewResult);
      if (known && isPlausibleTime(at, now) && (implicit === undefined || implicit === true)) {
        events.push(reviewEvent(Math.round(at), result as ReviewResult, implicit === true));
      } else dropped++;
    }
    const clean = newEvents([], events);
    if (clean.length > 0) reviews.push([id, clean]);
  }
  return { reviews: Object.fromEntries(sortedEntries(reviews)), dropped };
}
