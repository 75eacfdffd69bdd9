/**
 * Keeping tabs in step. When another tab writes progress, the browser fires a `storage` event
 * in this one; we merge what it wrote into memory (per topic, the later change wins). Writes
 * already merge with what is stored before writing (see the store), so a stale tab never
 * erases another tab's ticks even if its event has not arrived yet.
 */
import { mergeProgress, sameProgress } from "./merge";
import { migrateProgress, type PersistedProgress, pickPersisted } from "./progress-state";
import { parseEnvelope } from "./read-stored";

/** Where `storage` events arrive: `window` in the app, any EventTarget in tests. */
export type StorageEventSource = Pick<EventTarget, "addEventListener" | "removeEventListener">;

/** The two store methods the listener needs; any progress store satisfies it. */
export interface MergeableStore {
  getState(): PersistedProgress;
  setState(partial: PersistedProgress): unknown;
}

/** The fields of a `storage` event we read (jsdom and browsers both provide them). */
interface StorageEventLike {
  readonly key: string | null;
  readonly newValue: string | null;
}

function isStorageEventLike(event: Event): event is Event & StorageEventLike {
  return "key" in event && "newValue" in event;
}

/**
 * Listens for writes to `key` by other tabs and merges them into `store`. Unreadable values
 * and removals are ignored (this tab's next write restores the key). `now` is the clock that
 * bounds plausible times (pass the store's). Returns the unsubscribe.
 */
export function connectCrossTab(
  store: MergeableStore,
  key: string,
  source: StorageEventSource,
  now: () => number = Date.now,
): () => void {
  const onStorage = (event: Event) => {
    if (!isStorageEventLike(event) || event.key !== key || event.newValue === null) return;
    mergeWritten(store, event.newValue, now());
  };
  source.addEventListener("storage", onStorage);
  return () => source.removeEventListener("storage", onStorage);
}

/** Merges a raw stored value (any version) into `store`; ignores values that are not envelopes. */
function mergeWritten(store: MergeableStore, raw: string, now: number): void {
  const envelope = parseEnvelope(raw);
  if (envelope === null) return;
  const incoming = migrateProgress(envelope.state, envelope.version ?? 0, now).progress;
  const current = pickPersisted(store.getState());
  const merged = mergeProgress(current, incoming);
  // Setting state writes back; skipping no-op merges keeps two tabs from echoing forever.
  if (!sameProgress(merged, current)) store.setState(merged);
}

/**
 * `connectCrossTab` for a listener started some time after the store loaded (in an effect):
 * it first merges what is stored now, in case another tab wrote in between. Returns the
 * unsubscribe.
 */
export function connectCrossTabWithCatchUp(
  store: MergeableStore,
  key: string,
  target: Pick<Window, "addEventListener" | "removeEventListener" | "localStorage">,
  now: () => number = Date.now,
): () => void {
  const stop = connectCrossTab(store, key, target, now);
  let stored: string | null = null;
  try {
    stored = target.localStorage.getItem(key);
  } catch {
    // Storage is blocked: there is nothing another tab could have written either.
  }
  if (stored !== null) mergeWritten(store, stored, now());
  return stop;
}

/** A store with persist's `rehydrate`, such as the preferences store. */
export interface RehydratableStore {
  persist: { rehydrate(): Promise<void> | void };
}

/**
 * Reloads a last-writer-wins store (the preferences) when another tab writes `key`.
 * Returns the unsubscribe.
 */
export function connectCrossTabReload(
  store: RehydratableStore,
  key: string,
  source: StorageEventSource,
): () => void {
  const onStorage = (event: Event) => {
    if (!isStorageEventLike(event) || event.key !== key || event.newValue === null) return;
    void store.persist.rehydrate();
  };
  source.addEventListener("storage", onStorage);
  return () => source.removeEventListener("storage", onStorage);
}
