/**
 * The write side of progress, one chunk loaded after the first paint (see load-write-side.ts):
 * the store's edit actions, the storage's writer and the cross-tab listener, with the merge they
 * all rely on.
 */
import type { StorageValue } from "zustand/middleware";
import { mergeProgress } from "./merge";
import { migrateProgress, type PersistedProgress } from "./progress-state";

export {
  importProgress,
  setGoal,
  setHoursPerWeek,
  tick,
  undo,
  untick,
} from "./store-edits";
export { connectCrossTabWithCatchUp } from "./cross-tab";
export { writeStored } from "./storage-write";

/**
 * The progress store's merge before each write: what is stored now (any version, e.g. written
 * by another tab) merged with the state about to be written, so neither side's ticks are lost.
 */
export function mergeStored(
  stored: StorageValue<unknown>,
  next: PersistedProgress,
): PersistedProgress {
  return mergeProgress(migrateProgress(stored.state, stored.version ?? 0).progress, next);
}
