/**
 * A zustand `PersistStorage` over localStorage (or any key-value storage) that never throws.
 * Reading or writing problems are reported once per change of condition, and the app carries
 * on in memory. A stored value that cannot be parsed is copied to a backup key before anything
 * overwrites it; if even the backup cannot be written, the original is left alone.
 *
 * Reading is here, in the first-load chunk; writing (merge with what another tab stored, quota
 * errors) is in storage-write.ts, which comes with the write side after the first paint. A
 * write asked for before then waits for it, in order (see load-write-side.ts).
 */
import type { PersistStorage, StorageValue } from "zustand/middleware";
import { loadWriteSide, writeSide } from "./load-write-side";

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

/** What the storage reports to its owner; `backupKey` is set for `corrupt` when a copy was kept. */
export type IssueListener = (issue: StorageIssue, backupKey: string | null) => void;

export interface SafeStorageOptions<S> {
  /** Returns the storage; may throw (reading `window.localStorage` can). */
  getStorage: () => KeyValueStorage | null | undefined;
  now: () => number;
  onIssue: IssueListener;
  /**
   * Called before every write with the value stored right now (parsed, any version) and the
   * state about to be written; returns what to write. Lets a stale tab add to, rather than
   * overwrite, what another tab saved.
   */
  mergeBeforeWrite?: (stored: StorageValue<unknown>, next: S) => S;
}

export interface SafeStorage<S> extends PersistStorage<S, void> {
  /**
   * Copies the raw value last read for `name` to `<name>:backup-<ms>`. Returns the backup key,
   * or null when nothing was read or the copy failed (then that raw value is never overwritten).
   */
  backupLastRead(name: string): string | null;
}

/** Parses a stored `{ state, version }` envelope; null when it is not one. */
export function parseEnvelope(raw: string): StorageValue<unknown> | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return null;
  if (!("state" in parsed)) return null;
  const version = "version" in parsed ? parsed.version : undefined;
  return {
    state: parsed.state,
    version: typeof version === "number" && Number.isInteger(version) ? version : 0,
  };
}

/** The storage's state shared by its reading half (here) and its writing half. */
export interface StorageCore<S> {
  readonly options: SafeStorageOptions<S>;
  /** The write-side condition last reported, so a failing storage is reported once. */
  failing: StorageIssue | null;
  /** Raw values we could not back up: never overwritten. */
  readonly untouchable: Set<string>;
  /** The storage, or null when it cannot be reached. */
  open(): KeyValueStorage | null;
  /** Copies `raw` to `<name>:backup-<ms>`; the backup key, or null (then `raw` is untouchable). */
  backup(storage: KeyValueStorage, name: string, raw: string): string | null;
}

/**
 * Builds the never-throwing storage. Issues found while writing are reported after the write
 * finishes, so a listener that updates the store (and so writes again) sees a settled storage.
 */
export function createSafeStorage<S>(options: SafeStorageOptions<S>): SafeStorage<S> {
  const { onIssue } = options;
  let lastRead: { name: string; raw: string } | null = null;
  const copies = new Map<string, string>();
  const core: StorageCore<S> = {
    options,
    failing: null,
    untouchable: new Set(),
    open() {
      try {
        return options.getStorage() ?? null;
      } catch {
        return null;
      }
    },
    backup(storage, name, raw) {
      // One copy per raw value: reading and then writing over the same bad value backs it up once.
      let key = copies.get(raw);
      if (key !== undefined) return key;
      key = `${name}:backup-${options.now()}`;
      try {
        storage.setItem(key, raw);
        copies.set(raw, key);
        return key;
      } catch {
        core.untouchable.add(raw);
        return null;
      }
    },
  };
  const { open, backup } = core;

  function getItem(name: string): StorageValue<S> | null {
    const storage = open();
    let raw: string | null;
    try {
      if (storage === null) throw new Error("no storage");
      raw = storage.getItem(name);
    } catch {
      core.failing = "unavailable";
      onIssue("unavailable", null);
      return null;
    }
    if (raw === null) return null;
    lastRead = { name, raw };
    const envelope = parseEnvelope(raw);
    if (envelope === null) {
      onIssue("corrupt", storage ? backup(storage, name, raw) : null);
      return null;
    }
    // The state is still untrusted: persist hands it to `migrate` / `merge`, which restore it.
    return envelope as StorageValue<S>;
  }

  function setItem(name: string, value: StorageValue<S>): void | Promise<void> {
    const loaded = writeSide();
    if (loaded) return loaded.writeStored(core, name, value);
    // Not loaded yet: write once it is. Writes queue up in order on the same promise; if the
    // code cannot load (offline), this write is skipped and the next one writes everything.
    return loadWriteSide().then(
      (side) => side.writeStored(core, name, value),
      () => {},
    );
  }

  function removeItem(name: string): void {
    try {
      open()?.removeItem(name);
    } catch {
      // Nothing to recover: the value simply stays.
    }
  }

  function backupLastRead(name: string): string | null {
    if (lastRead === null || lastRead.name !== name) return null;
    const storage = open();
    if (storage === null) {
      core.untouchable.add(lastRead.raw);
      return null;
    }
    return backup(storage, name, lastRead.raw);
  }

  return { getItem, setItem, removeItem, backupLastRead };
}
