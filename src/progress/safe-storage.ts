/**
 * A zustand `PersistStorage` over localStorage (or any key-value storage) that never throws.
 *
 * Reading: storage that cannot be reached, or a value that is not an envelope, reads as nothing
 * stored (and `onReadProblem` hears of it). Writing is where problems are found and reported,
 * once per change of condition: a write copies a value it cannot fully read to a backup key
 * before writing over it, and leaves the value alone if even that copy fails.
 */
import type { PersistStorage, StorageValue } from "zustand/middleware";
import { parseEnvelope } from "./read-stored";

/** The part of the Web Storage interface we use; tests pass an in-memory one. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * - `unavailable`: storage cannot be read or written (private mode, blocked, absent);
 * - `full`: the browser refused a write for lack of space;
 * - `corrupt`: the stored value could not be read (fully); a backup was kept if possible.
 */
export type StorageIssue = "unavailable" | "full" | "corrupt";

/** What the writer reports to its owner; `backupKey` is set for `corrupt` when a copy was kept. */
export type IssueListener = (issue: StorageIssue, backupKey: string | null) => void;

/** What to write over a stored value, and whether reading that value lost anything. */
export interface MergedWrite<S> {
  readonly state: S;
  /** True when the stored value could only be read in part: it is backed up first. */
  readonly lossy: boolean;
}

export interface SafeStorageOptions<S> {
  /** Where values are kept; default `localStorage`. `null`: none (values last for the session). */
  storage?: KeyValueStorage | null;
  /** Clock for backup keys; default `Date.now`. */
  now?: () => number;
  /** Told when a read finds the storage unreachable or a value that is not an envelope. */
  onReadProblem?: () => void;
  /** Told about each problem a write finds, once per change of condition. */
  onIssue?: IssueListener;
  /** Told after each write that reached the storage (so a "full" message can go away). */
  onWritten?: () => void;
  /**
   * Called before a write with the value stored right now (parsed, any version) and the state
   * about to be written, unless the stored value is the one this storage last wrote or was told
   * to trust. Lets a stale tab add to, rather than overwrite, what another tab saved; without
   * it, writes replace the stored value.
   */
  mergeBeforeWrite?: (stored: StorageValue<unknown>, next: S) => MergedWrite<S>;
  /** Told, after the write, when merging produced a state other than the one asked for. */
  onMerged?: (merged: S) => void;
}

/** A never-throwing storage that can also be told the stored value matches memory. */
export interface SafeStorage<S> extends PersistStorage<S, void> {
  /**
   * Declares that the value last read needs no merge: memory holds all of it (it loaded
   * cleanly). Writes over that value then skip reading and merging it.
   */
  trustLastRead(): void;
}

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

/** The storage `options` names (localStorage by default), or null when it cannot be reached. */
function open(options: Pick<SafeStorageOptions<unknown>, "storage">): KeyValueStorage | null {
  try {
    return (options.storage === undefined ? globalThis.localStorage : options.storage) ?? null;
  } catch {
    return null; // reading `localStorage` itself throws when the browser blocks it
  }
}

/** Builds the never-throwing storage. */
export function createSafeStorage<S>(options: SafeStorageOptions<S>): SafeStorage<S> {
  const { onIssue, mergeBeforeWrite, now = Date.now } = options;
  /** The failure last reported, so a failing storage is reported once. */
  let failing: StorageIssue | null = null;
  /** Raw values that could not be backed up: never written over. */
  const untouchable = new Set<string>();
  /** Backup key per raw value: one copy each, however often a write meets it. */
  const copies = new Map<string, string>();
  /** The raw value last read by `getItem`. */
  let lastRead: string | null = null;
  /** The stored value memory is known to hold all of: writing over it needs no merge. */
  let inMemory: string | null = null;

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

  /** Writes `value`, merged with what is stored; queues in `tell` what to tell the owner. */
  function write(name: string, value: StorageValue<S>, tell: (() => void)[]): void {
    const fail = (issue: StorageIssue) => {
      if (failing !== issue) tell.push(() => onIssue?.(issue, null));
      failing = issue;
    };
    const storage = open(options);
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
    if (raw !== null && raw !== inMemory && mergeBeforeWrite) {
      const envelope = parseEnvelope(raw);
      const merged = envelope && mergeBeforeWrite(envelope, next);
      if (merged && merged.state !== next) {
        const state = merged.state;
        // Told first, so that memory holds what is stored before any other listener writes.
        tell.push(() => options.onMerged?.(state));
        next = state;
      }
      if (!merged || merged.lossy) {
        const key = backup(storage, name, raw);
        tell.push(() => onIssue?.("corrupt", key));
        if (key === null) return;
      }
    }
    const text = JSON.stringify({ state: next, version: value.version });
    try {
      if (text !== raw) storage.setItem(name, text);
    } catch (error) {
      fail(isQuotaError(error) ? "full" : "unavailable");
      return;
    }
    inMemory = text;
    failing = null;
    if (options.onWritten) tell.push(options.onWritten);
  }

  return {
    getItem(name) {
      let envelope: StorageValue<unknown> | null = null;
      try {
        const raw = open(options)?.getItem(name);
        if (raw === null) return null; // nothing stored
        // No storage at all (undefined) is a problem too, like one that throws.
        if (raw !== undefined) {
          lastRead = raw;
          envelope = parseEnvelope(raw);
        }
      } catch {
        // Unreachable storage reads as nothing stored; the next write reports it.
      }
      if (envelope === null) options.onReadProblem?.();
      // The state is still untrusted: persist hands it to `migrate` / `merge`, which restore it.
      return envelope as StorageValue<S> | null;
    },

    setItem(name, value) {
      // Listeners run after the write has finished, so one that updates the owner (and so
      // writes again) finds a settled storage.
      const tell: (() => void)[] = [];
      write(name, value, tell);
      for (const listener of tell) listener();
    },

    removeItem(name) {
      try {
        open(options)?.removeItem(name);
      } catch {
        // Nothing to recover: the value simply stays.
      }
    },

    trustLastRead() {
      inMemory ??= lastRead;
    },
  };
}
