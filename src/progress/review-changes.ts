/**
 * Removals of review events, so they hold across tabs. Events are normally only added and
 * copies merge by union; but an undone review (or a replacing import) removes events, and a
 * union with another tab's copy would bring them straight back. So a removal leaves a record
 * `{ at, present: false }` under the event's key, and adding a removed event again (undoing
 * the undo) turns it into `{ at, present: true }` with a later clock. Per key the later record
 * wins a merge (a tie keeps the event); an event whose winning record says removed is left out.
 * Only removed events have records, so recording a review costs nothing here.
 */
import type { ReviewEvent } from "./export-format";
import { isPlausibleId, isPlausibleTime, sortedEntries } from "./records";
import { type ReviewMap, reviewsOf } from "./reviews-state";

/** The latest add or remove of one event that was removed at least once. */
export interface ReviewChange {
  readonly at: number;
  readonly present: boolean;
}

/** Topic id -> event key -> its latest change. */
export type ReviewChanges = Readonly<Record<string, Readonly<Record<string, ReviewChange>>>>;

/** The key of an event: its time, result and whether it is implicit. */
export function eventKey(event: ReviewEvent): string {
  return `${event.at}|${event.result}${event.implicit ? "|implicit" : ""}`;
}

/** The change record of one event, if it has one. */
export function changeOf(
  changes: ReviewChanges,
  id: string,
  event: ReviewEvent,
): ReviewChange | undefined {
  const forTopic = Object.hasOwn(changes, id) ? changes[id] : undefined;
  const key = eventKey(event);
  return forTopic && Object.hasOwn(forTopic, key) ? forTopic[key] : undefined;
}

const wins = (a: ReviewChange, b: ReviewChange) =>
  a.at !== b.at ? a.at > b.at : a.present && !b.present;

/** Per topic and key the winning change of both copies; sorted keys. */
export function mergeReviewChanges(a: ReviewChanges, b: ReviewChanges): ReviewChanges {
  const out = new Map<string, Readonly<Record<string, ReviewChange>>>(Object.entries(a));
  for (const [id, forTopic] of Object.entries(b)) {
    const merged = new Map(Object.entries(out.get(id) ?? {}));
    for (const [key, change] of Object.entries(forTopic)) {
      const mine = merged.get(key);
      if (mine === undefined || wins(change, mine)) merged.set(key, change);
    }
    out.set(id, Object.fromEntries(sortedEntries(merged)));
  }
  return Object.fromEntries(sortedEntries(out));
}

/** `reviews` without the events whose change record says removed. */
export function withoutRemoved(reviews: ReviewMap, changes: ReviewChanges): ReviewMap {
  let out: Record<string, readonly ReviewEvent[]> | undefined;
  for (const id of Object.keys(changes)) {
    const events = reviewsOf(reviews, id);
    const kept = events.filter((event) => changeOf(changes, id, event)?.present !== false);
    if (kept.length === events.length) continue;
    out ??= { ...reviews };
    if (kept.length === 0) delete out[id];
    else out[id] = kept;
  }
  return out ?? reviews;
}

/** True when both copies hold the same change records. */
export function sameReviewChanges(a: ReviewChanges, b: ReviewChanges): boolean {
  const ids = Object.keys(a);
  if (ids.length !== Object.keys(b).length) return false;
  return ids.every((id) => {
    const x = a[id] ?? {};
    const y = Object.hasOwn(b, id) ? (b[id] ?? {}) : undefined;
    if (y === undefined) return false;
    const keys = Object.keys(x);
    return (
      keys.length === Object.keys(y).length &&
      keys.every((key) => x[key]?.at === y[key]?.at && x[key]?.present === y[key]?.present)
    );
  });
}

/** Stored change records, checked: malformed ones are dropped and counted. */
export function restoreReviewChanges(
  value: unknown,
  now: number,
): { readonly changes: ReviewChanges; readonly dropped: number } {
  if (value === undefined) return { changes: {}, dropped: 0 };
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === "object" && v !== null && !Array.isArray(v);
  if (!isObject(value)) return { changes: {}, dropped: 1 };
  let dropped = 0;
  const out: [string, Record<string, ReviewChange>][] = [];
  for (const [id, forTopic] of Object.entries(value)) {
    if (!isPlausibleId(id) || !isObject(forTopic)) {
      dropped++;
      continue;
    }
    const kept: [string, ReviewChange][] = [];
    for (const [key, change] of Object.entries(forTopic)) {
      const at = isObject(change) ? change.at : undefined;
      const present = isObject(change) ? change.present : undefined;
      if (key.length <= 64 && isPlausibleTime(at, now) && typeof present === "boolean") {
        kept.push([key, { at: Math.round(at), present }]);
      } else dropped++;
    }
    if (kept.length > 0) out.push([id, Object.fromEntries(sortedEntries(kept))]);
  }
  return { changes: Object.fromEntries(sortedEntries(out)), dropped };
}
