/**
 * Merging two copies of progress (two tabs, or memory and storage). Per topic id the side whose
 * last change is later wins, so ticks made in two tabs both survive and an untick propagates.
 */
import type { PersistedProgress } from "./progress-state";
import { sortedRecord, type TimeMap, timeOf } from "./records";

/** The merge clock of `id`: when its done/not-done status last changed, if ever. */
export function clockOf(progress: PersistedProgress, id: string): number | undefined {
  const tickedAt = timeOf(progress.done, id);
  if (tickedAt !== undefined) return Math.max(tickedAt, timeOf(progress.changedAt, id) ?? 0);
  return timeOf(progress.unticked, id);
}

interface Entry {
  readonly clock: number;
  readonly tickedAt: number | undefined;
  readonly changedAt: number | undefined;
}

function entryOf(progress: PersistedProgress, id: string): Entry | undefined {
  const clock = clockOf(progress, id);
  if (clock === undefined) return undefined;
  return {
    clock,
    tickedAt: timeOf(progress.done, id),
    changedAt: timeOf(progress.changedAt, id),
  };
}

/** True when `a` should win over `b`: later clock; on a tie done beats not done, then the earlier tick. */
function beats(a: Entry, b: Entry): boolean {
  if (a.clock !== b.clock) return a.clock > b.clock;
  if (a.tickedAt === undefined) return false;
  if (b.tickedAt === undefined) return true;
  return a.tickedAt < b.tickedAt;
}

/**
 * Merges two copies of progress. Topic entries merge per id by their last change (ties favour
 * done, so a tick is never lost to a simultaneous untick); `goal` and `hoursPerWeek` come from
 * the side with the later `settingsAt` (`over` on a tie). Order of arguments does not matter for
 * topics. Output records have sorted keys so equal states serialise identically.
 */
export function mergeProgress(base: PersistedProgress, over: PersistedProgress): PersistedProgress {
  const ids = new Set([
    ...Object.keys(base.done),
    ...Object.keys(base.unticked),
    ...Object.keys(over.done),
    ...Object.keys(over.unticked),
  ]);
  const done: [string, number][] = [];
  const unticked: [string, number][] = [];
  const changedAt: [string, number][] = [];
  for (const id of ids) {
    const a = entryOf(base, id);
    const b = entryOf(over, id);
    const winner = a === undefined ? b : b === undefined ? a : beats(b, a) ? b : a;
    if (winner === undefined) continue;
    if (winner.tickedAt === undefined) {
      unticked.push([id, winner.clock]);
    } else {
      done.push([id, winner.tickedAt]);
      if (winner.changedAt !== undefined) changedAt.push([id, winner.changedAt]);
    }
  }
  const settings = base.settingsAt > over.settingsAt ? base : over;
  return {
    done: sortedRecord(done),
    unticked: sortedRecord(unticked),
    changedAt: sortedRecord(changedAt),
    goal: settings.goal,
    hoursPerWeek: settings.hoursPerWeek,
    settingsAt: settings.settingsAt,
  };
}

/** True when two copies hold exactly the same persisted data. */
export function sameProgress(a: PersistedProgress, b: PersistedProgress): boolean {
  return (
    sameRecord(a.done, b.done) &&
    sameRecord(a.unticked, b.unticked) &&
    sameRecord(a.changedAt, b.changedAt) &&
    a.goal === b.goal &&
    a.hoursPerWeek === b.hoursPerWeek &&
    a.settingsAt === b.settingsAt
  );
}

/** True when two records hold the same ids with the same times. */
function sameRecord(a: TimeMap, b: TimeMap): boolean {
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((id) => Object.hasOwn(b, id) && a[id] === b[id]);
}
