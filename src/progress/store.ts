/**
 * The learner's progress: one vanilla zustand store with `persist`. Views read it with
 * `useStore(store, selector)`; select `state.done` (a stable object) and derive lists from it
 * in a memo, since a selector that builds a new array on every call makes React re-render
 * forever.
 *
 * The first page only reads progress, so the code that changes it (tick, untick, import, undo,
 * the goal and pace settings, storage writes and the reporting of storage problems) is the write
 * side, a chunk loaded right after the first paint: those actions throw until `loadWriteSide()`
 * has resolved (the app awaits it before any of them).
 */
import { persist } from "zustand/middleware";
import { createStore } from "zustand/vanilla";
import { loadWriteSide, type WriteSide, writeSide } from "./load-write-side";
import type { Before } from "./progress-edits";
import {
  emptyProgress,
  migrateProgress,
  PROGRESS_VERSION,
  type PersistedProgress,
  type RestoreResult,
  restoreProgress,
} from "./progress-state";
import type { TimeMap } from "./records";
import { createSafeStorage, type KeyValueStorage, type StorageIssue } from "./safe-storage";

/** How an import treats the learner's own progress. */
export type ImportMode = "merge" | "replace";

export type ChangeKind = "tick" | "untick" | "import";

/** One undoable change: what kind, when, and each touched id's tick time before it (null: not done). */
export interface HistoryEntry {
  readonly kind: ChangeKind;
  readonly at: number;
  readonly before: Before;
}

/** Ids an import added to and removed from the done set. */
export interface ImportOutcome {
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

export interface ProgressState extends PersistedProgress {
  /** Undo stack, newest last, at most `HISTORY_LIMIT` entries. Not persisted. */
  readonly history: readonly HistoryEntry[];
  /** A storage problem to tell the learner about; null when all is well or dismissed. */
  readonly storageIssue: StorageIssue | null;
  /** Key under which an unreadable stored value was copied, if one was. */
  readonly backupKey: string | null;
}

export interface ProgressActions {
  /** Ticks the ids not done yet, at `at` (default now). Returns the ids that changed. */
  tick(ids: string | readonly string[], at?: number): string[];
  /** Unticks the ids that are done. Returns the ids that changed. */
  untick(ids: string | readonly string[]): string[];
  /**
   * Imports a done set. A record (from a file) carries tick times; a list (from a share link)
   * does not: its new ids are ticked now and ids already done keep their times. `merge` adds;
   * `replace` also unticks what the import lacks and, for a record, takes its tick times.
   * One undo step reverts the whole import.
   */
  importProgress(done: TimeMap | readonly string[], mode: ImportMode): ImportOutcome;
  /** Reverts the latest tick, untick or import made here. False when there is nothing to undo. */
  undo(): boolean;
  /** Sets the goal topic (null: the curriculum's default). Ignores ids that cannot be ids. */
  setGoal(goal: string | null): void;
  /** Sets the study pace; ignores values outside (0, 168]. */
  setHoursPerWeek(hours: number): void;
  /** Hides the storage message (it comes back if a new problem appears). */
  dismissStorageIssue(): void;
}

export type ProgressStore = ProgressState & ProgressActions;

/** What the edit actions of the write side work on: the store's state, setter and clock. */
export interface EditContext {
  get(): ProgressStore;
  set(patch: Partial<ProgressState>): void;
  now(): number;
}

export { loadWriteSide };

/** The loaded write side; throws, saying what to await, before it has loaded. */
function loadedWriteSide(): WriteSide {
  const side = writeSide();
  if (!side) throw new Error("Await loadWriteSide() before changing progress");
  return side;
}

export const HISTORY_LIMIT = 100;

export interface ProgressStoreOptions {
  /** Storage key; use `storageKeyFor(location.pathname)`. */
  key: string;
  /** Where progress is kept; default `localStorage`. `null`: none (memory only, reported). */
  storage?: KeyValueStorage | null;
  /** Clock in epoch milliseconds; default `Date.now`. */
  now?: () => number;
}

/** The persisted part of the state (the `partialize` of the store). */
export function pickPersisted(state: PersistedProgress): PersistedProgress {
  return {
    done: state.done,
    unticked: state.unticked,
    changedAt: state.changedAt,
    goal: state.goal,
    hoursPerWeek: state.hoursPerWeek,
    settingsAt: state.settingsAt,
  };
}

/**
 * Creates the progress store and loads what is stored under `key` (synchronously for
 * localStorage). Stored data of any version is migrated and restored; problems end up in
 * `storageIssue` instead of exceptions.
 */
export function createProgressStore(options: ProgressStoreOptions) {
  const { key } = options;
  const now = options.now ?? Date.now;
  // What the write side works on. Used once `store` below is assigned: hydration, which may
  // already write and report a problem, waits for that.
  const context: EditContext = {
    get: () => store.getState(),
    set: (patch) => store.setState(patch),
    now,
  };

  // Set when loading met a problem: storage out of reach, or a stored value that could not be
  // read in full. Writes find such problems, report them and back the value up before writing
  // over it, so the store then writes at once instead of waiting for the first change.
  let loadProblem = false;
  const loaded = ({ progress, dropped }: RestoreResult): PersistedProgress => {
    if (dropped > 0) loadProblem = true;
    return progress;
  };

  const storage = createSafeStorage<PersistedProgress>({
    storage: options.storage,
    now,
    onReadProblem: () => {
      loadProblem = true;
    },
    // These two run only in the write side's writer, so the write side is loaded by then.
    onIssue: (issue, backupKey) => loadedWriteSide().reportIssue(context, issue, backupKey),
    mergeBeforeWrite: (stored, next) => loadedWriteSide().mergeStored(stored, next),
  });

  const store = createStore<ProgressStore>()(
    persist<ProgressStore, [], [], PersistedProgress>(
      () => ({
        ...emptyProgress(),
        history: [],
        storageIssue: null,
        backupKey: null,
        tick: (ids, at) => loadedWriteSide().tick(context, ids, at),
        untick: (ids) => loadedWriteSide().untick(context, ids),
        importProgress: (done, mode) => loadedWriteSide().importProgress(context, done, mode),
        undo: () => loadedWriteSide().undo(context),
        setGoal: (goal) => loadedWriteSide().setGoal(context, goal),
        setHoursPerWeek: (hours) => loadedWriteSide().setHoursPerWeek(context, hours),
        dismissStorageIssue: () => loadedWriteSide().dismissStorageIssue(context),
      }),
      {
        name: key,
        version: PROGRESS_VERSION,
        storage,
        partialize: pickPersisted,
        skipHydration: true,
        migrate: (persisted, version) => loaded(migrateProgress(persisted, version)),
        // Nothing stored (undefined) restores to empty progress, the initial state.
        merge: (persisted, current) => ({ ...current, ...loaded(restoreProgress(persisted)) }),
      },
    ),
  );
  void store.persist.rehydrate(); // synchronous for localStorage
  if (loadProblem) {
    void storage.setItem(key, {
      state: pickPersisted(store.getState()),
      version: PROGRESS_VERSION,
    });
  }
  return store;
}

/** The store type, for code that receives one. */
export type ProgressStoreApi = ReturnType<typeof createProgressStore>;

// The preferences store lives in its own module; re-exported so callers find both stores here.
export { createPreferencesStore } from "./preferences-store";
