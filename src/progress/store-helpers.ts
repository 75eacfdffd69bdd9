/** Small pure helpers of the store's actions: reading their arguments and summing up changes. */
import type { TopicMark } from "./export-format";
import type { Mark } from "./marks";
import type { ProgressDraft } from "./progress-edits";
import { isTickTime } from "./progress-state";
import { isPlausibleId, type TimeMap } from "./records";
import type { ImportOutcome } from "./store-types";

/** Whatever the caller gave (one id or a list), as a de-duplicated list of plausible ids. */
export function idList(ids: string | readonly string[]): string[] {
  const list = typeof ids === "string" ? [ids] : ids;
  return [...new Set(list.filter(isPlausibleId))];
}

/** Valid entries of an import: id -> tick time, or undefined for ids given without a time. */
export function incomingTimes(
  done: TimeMap | readonly string[],
  now: number,
): Map<string, number | undefined> {
  const out = new Map<string, number | undefined>();
  if (Array.isArray(done)) {
    for (const id of done) if (isPlausibleId(id)) out.set(id, undefined);
    return out;
  }
  for (const [id, time] of Object.entries(done)) {
    if (isPlausibleId(id) && isTickTime(time, now)) out.set(id, Math.round(time));
  }
  return out;
}

export const MARK_NAMES: readonly Mark[] = ["none", "in-progress", "done", "known"];

const countsAsDone = (mark: TopicMark | null | undefined) =>
  mark != null && mark.kind !== "in-progress";

/** Of the ids whose mark changed, those that became done (or known) and those that stopped. */
export function doneChanges(
  changed: readonly (readonly [string, TopicMark | null])[],
  edits: ProgressDraft,
): ImportOutcome {
  return {
    added: changed
      .filter(([id, was]) => !countsAsDone(was) && countsAsDone(edits.markOf(id)))
      .map(([id]) => id),
    removed: changed
      .filter(([id, was]) => countsAsDone(was) && !countsAsDone(edits.markOf(id)))
      .map(([id]) => id),
  };
}
