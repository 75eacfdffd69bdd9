/**
 * The writing half of the safe storage (see safe-storage.ts): it comes with the write side,
 * after the first paint. It never throws, and it is where storage problems are found and
 * reported, through the storage's `onIssue`, once per change of condition.
 */
import type { StorageValue } from "zustand/middleware";
import {
  type KeyValueStorage,
  parseEnvelope,
  type SafeStorageOptions,
  type StorageIssue,
  storageOf,
} from "./safe-storage";

/** Browsers name a full storage differently; all of these mean "no space left". */
function isQuotaError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const name = "name" in error ? error.name : undefined;
  const code = "code" in error ? error.code : undefined;
  return (
    name === "QuotaExceededError" ||
    name === "NS_ERROR_DOM_QUOTA_REACHED" ||
    code === 22 ||
    code === 1014
  );
}

/** Writes one storage's values; it remembers what it reported and what it backed up. */
export interface StorageWriter<S> {
  write(name: string, value: StorageValue<S>): void;
}

/**
 * The writer of a safe storage. Each write first merges with what is stored now
 * (`mergeBeforeWrite`), so a stale tab adds to what another tab saved instead of overwriting it.
 * A stored value it cannot read in full is copied to `<name>:backup-<ms>` first, and never
 * written over if that copy fails. Issues found are reported after the write finishes, so a
 * listener that updates the store (and so writes again) sees a settled storage.
 */
export function createStorageWriter<S>(options: SafeStorageOptions<S>): StorageWriter<S> {
  const { onIssue, mergeBeforeWrite, now = Date.now } = options;
  /** The failure last reported, so a failing storage is reported once. */
  let failing: StorageIssue | null = null;
  /** Raw values that could not be backed up: never written over. */
  const untouchable = new Set<string>();
  /** Backup key per raw value: one copy each, however often a write meets it. */
  const copies = new Map<string, string>();

  /** Copies `raw` to a backup key; the key, or null (then `raw` is untouchable). */
  function backup(storage: KeyValueStorage, name: string, raw: string): string | null {
    let key = copies.get(raw);
    if (key !== undefined) return key;
    key = `${name}:backup-${now()}`;
    try {
      storage.setItem(key, raw);
      copies.set(raw, key);
      return key;
    } catch {
      untouchable.add(raw);
      return null;
    }
  }

  /** The storage, or null when it cannot be reached. */
  function open(): KeyValueStorage | null {
    try {
      return storageOf(options) ?? null;
    } catch {
      return null;
    }
  }

  function write(name: string, value: StorageValue<S>): void {
    const issues: [StorageIssue, string | null][] = [];
    const fail = (issue: StorageIssue) => {
      if (failing !== issue) issues.push([issue, null]);
      failing = issue;
    };
    const storage = open();
    try {
      if (storage === null) {
        fail("unavailable");
        return;
      }
      let raw: string | null;
      try {
        raw = storage.getItem(name);
      } catch {
        fail("unavailable");
        return;
      }
      if (raw !== null && untouchable.has(raw)) return;
      let next = value.state;
      if (raw !== null && mergeBeforeWrite) {
        const envelope = parseEnvelope(raw);
        const merged = envelope && mergeBeforeWrite(envelope, next);
        if (!merged || merged.lossy) {
          const key = backup(storage, name, raw);
          issues.push(["corrupt", key]);
          if (key === null) return;
        }
        if (merged) next = merged.state;
      }
      const text = JSON.stringify({ state: next, version: value.version });
      if (text === raw) {
        failing = null;
        return;
      }
      try {
        storage.setItem(name, text);
        failing = null;
      } catch (error) {
        fail(isQuotaError(error) ? "full" : "unavailable");
      }
    } finally {
      for (const [issue, key] of issues) onIssue?.(issue, key);
    }
  }

  return { write };
}
