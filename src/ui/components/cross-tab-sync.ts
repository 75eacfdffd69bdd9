import { connectCrossTab, type MergeableStore } from "../../progress/cross-tab";

/**
 * Merges progress written by other tabs into `store` as it happens (deferred: see deferred.ts).
 * It starts listening a moment after the store loaded, so it first merges what is stored now,
 * in case another tab wrote in between. Returns the unsubscribe.
 */
export function connectCrossTabWithCatchUp(
  store: MergeableStore,
  key: string,
  target: Window,
): () => void {
  const stop = connectCrossTab(store, key, target);
  let stored: string | null = null;
  try {
    stored = target.localStorage.getItem(key);
  } catch {
    // Storage is blocked: there is nothing another tab could have written either.
  }
  if (stored !== null) {
    // Through the same listener as a real event, on a private target so nothing else hears it.
    const once = new EventTarget();
    const stopOnce = connectCrossTab(store, key, once);
    once.dispatchEvent(new StorageEvent("storage", { key, newValue: stored }));
    stopOnce();
  }
  return stop;
}
