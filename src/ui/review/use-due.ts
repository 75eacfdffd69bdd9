/** Hooks over the due store (due-store.ts): the snapshot, one topic's due flag, the count. */
import { useCallback, useSyncExternalStore } from "react";
import { useServices } from "../app-context";
import { type DueSnapshot, type DueStore, dueStoreFor } from "./due-store";

export function useDueStore(): DueStore {
  return dueStoreFor(useServices());
}

/** The whole snapshot: re-renders on every change of progress or of the clock reading. */
export function useDueSnapshot(): DueSnapshot {
  const store = useDueStore();
  return useSyncExternalStore(store.subscribe, store.get);
}

/** True when topic `id` is due for review; re-renders only when that flips. */
export function useIsDue(id: string): boolean {
  const store = useDueStore();
  const isDue = useCallback(() => store.get().dueIds.has(id), [store, id]);
  return useSyncExternalStore(store.subscribe, isDue);
}

/** How many topics are due for review now. */
export function useDueCount(): number {
  const store = useDueStore();
  const count = useCallback(() => store.get().due.length, [store]);
  return useSyncExternalStore(store.subscribe, count);
}
