/**
 * The write side of progress, one chunk loaded after the first paint (see load-write-side.ts):
 * the store's edit actions, the storage's writer (which also finds and reports storage
 * problems) and the cross-tab listener, with the merge they all rely on.
 */
import type { StorageValue } from "zustand/middleware";
import { mergeProgress } from "./merge";
import { migrateProgress, type PersistedProgress } from "./progress-state";
import type { MergedWrite } from "./safe-storage";

export {
  dismissStorageIssue,
  importProgress,
  reportIssue,
  setGoal,
  setHoursPerWeek,
  tick,
  undo,
  untick,
} from "./store-edits";
export { connectCrossTabWithCatchUp } from "./cross-tab";
export { createStorageWriter } from "./storage-write";

/**
 * The progress store's merge before each write: what is stored now (any version, e.g. written
 * by another tab) merged with the state about to be written, so neither side's ticks are lost;
 * lossy when restoring the stored value dropped something (it is then backed up first).
 */
export function mergeStored(
  stored: StorageValue<unknown>,
  next: PersistedProgress,
): MergedWrite<PersistedProgress> {
  const { progress, dropped } = migrateProgress(stored.state, stored.version ?? 0);
  return { state: mergeProgress(progress, next), lossy: dropped > 0 };
}
