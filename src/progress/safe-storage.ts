/**
 * A zustand `PersistStorage` over localStorage (or any key-value storage) that never throws.
 *
 * Reading is here, in the first-load chunk: storage that cannot be reached, or a value that
 * cannot be parsed, reads as nothing stored (and `onReadProblem` hears of it). Writing is in
 * storage-write.ts, which comes with the write side after the first paint; it is also where
 * problems are reported: a write finds them again, copies a value it cannot fully read to a
 * backup key before writing over it, and leaves the value alone if even that copy fails. A write
 * asked for before the write side has loaded waits for it, in order (see load-write-side.ts).
 */
import type { PersistStorage, StorageValue } from "zustand/middleware";
import { loadWriteSide, type WriteSide, writeSide } from "./load-write-side";
import type { StorageWriter } from "./storage-write";

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
  /**
   * Called before every write with the value stored right now (parsed, any version) and the
   * state about to be written. Lets a stale tab add to, rather than overwrite, what another tab
   * saved; without it, writes replace the stored value.
   */
  mergeBeforeWrite?: (stored: StorageValue<unknown>, next: S) => MergedWrite<S>;
}

/** Parses a stored `{ state, version }` envelope; null when it is not one. */
export function parseEnvelope(raw: string): StorageValue<unknown> | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  // Arrays have no `state` either.
  if (typeof parsed !== "object" || parsed === null || !("state" in parsed)) return null;
  const { version } = parsed as { readonly version?: unknown };
  return { state: parsed.state, version: Number.isInteger(version) ? (version as number) : 0 };
}

/** The storage `options` names (localStorage by default); may throw (reading `localStorage` can). */
export function storageOf(options: Pick<SafeStorageOptions<unknown>, "storage">) {
  return options.storage === undefined ? globalThis.localStorage : options.storage;
}

/** Builds the never-throwing storage. */
export function createSafeStorage<S>(options: SafeStorageOptions<S>): PersistStorage<S, void> {
  let writer: StorageWriter<S> | undefined;
  const write = (side: WriteSide, name: string, value: StorageValue<S>) => {
    writer ??= side.createStorageWriter(options);
    writer.write(name, value);
  };

  return {
    getItem(name) {
      let envelope: StorageValue<unknown> | null = null;
      try {
        const raw = storageOf(options)?.getItem(name);
        if (raw === null) return null; // nothing stored
        // No storage at all (undefined) is a problem too, like one that throws.
        if (raw !== undefined) envelope = parseEnvelope(raw);
      } catch {
        // Unreachable storage reads as nothing stored; the next write reports it.
      }
      if (envelope === null) options.onReadProblem?.();
      // The state is still untrusted: persist hands it to `migrate` / `merge`, which restore it.
      return envelope as StorageValue<S> | null;
    },

    setItem(name, value) {
      const loaded = writeSide();
      if (loaded) return write(loaded, name, value);
      // Not loaded yet: write once it is. Writes queue up in order on the same promise; if the
      // code cannot load (offline), this write is skipped and the next one writes everything.
      return loadWriteSide().then(
        (side) => write(side, name, value),
        () => {},
      );
    },

    removeItem(name) {
      try {
        storageOf(options)?.removeItem(name);
      } catch {
        // Nothing to recover: the value simply stays.
      }
    },
  };
}
