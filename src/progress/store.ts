/**
 * The learner's progress: one vanilla zustand store with `persist`, its actions inline. Views
 * read it with `useStore(store, selector)`; select `state.done` (a stable object) and derive
 * lists from it in a memo, since a selector that builds a new array on every call makes React
 * re-render forever.
 *
 * Storage never throws (safe-storage.ts): problems end up in `storageIssue`. Every write merges
 * with what another tab may have stored meanwhile, unless the stored value is the one this
 * store last wrote, so a tick costs the same however many ids the storage keeps.
 */
import { persist } from "zustand/middleware";
import { createStore } from "zustand/vanilla";
import { mergeProgress, sameProgress } from "./merge";
import { applyBefore, type Before, ProgressDraft } from "./progress-edits";
import {
  clampHoursPerWeek,
  emptyProgress,
  isTickTime,
  migrateProgress,
  PROGRESS_VERSION,
  type PersistedProgress,
  pickPersisted,
  type RestoreResult,
  restoreProgress,
} from "./progress-state";
import { isPlausibleId, isPlausibleTime, type TimeMap } from "./records";
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
   * Entries with malformed ids or times are skipped. One undo step reverts the whole import.
   */
  importProgress(done: TimeMap | readonly string[], mode: ImportMode): ImportOutcome;
  /** Reverts the latest tick, untick or import made here. False when there is nothing to undo. */
  undo(): boolean;
  /** Sets the goal topic (null: the curriculum's default). Ignores ids that cannot be ids. */
  setGoal(goal: string | null): void;
  /** Sets the study pace, clamped to [0.5, 168] hours; ignores values that are not finite. */
  setHoursPerWeek(hours: number): void;
  /** Hides the storage message (it comes back if a new problem appears). */
  dismissStorageIssue(): void;
}

export type ProgressStore = ProgressState & ProgressActions;

export const HISTORY_LIMIT = 100;

export interface ProgressStoreOptions {
  /** Storage key; use `storageKeyFor(location.pathname)`. */
  key: string;
  /** Where progress is kept; default `localStorage`. `null`: none (memory only, reported). */
  storage?: KeyValueStorage | null;
  /** Clock in epoch milliseconds; default `Date.now`. */
  now?: () => number;
}

/** Whatever the caller gave (one id or a list), as a de-duplicated list of plausible ids. */
function idList(ids: string | readonly string[]): string[] {
  const list = typeof ids === "string" ? [ids] : ids;
  return [...new Set(list.filter(isPlausibleId))];
}

/** Valid entries of an import: id -> tick time, or undefined for ids given without a time. */
function incomingTimes(
  done: TimeMap | readonly string[],
  now: number,
): Map<string, number | undefined> {
  const out = new Map<string, number | undefined>();
  if (Array.isArray(done)) {
    for (const id of done) if (isPlausibleId(id)) out.set(id, undefined);
    return out;
  }
  for (const [id, time] of Object.entries(done)) {
    if (isPlausibleId(id) && isTickTime(time, now)) out.set(id, Math.round(time));
  }
  return out;
}

/** Issues a successful write shows to be over; a damaged value's message stays until dismissed. */
const WRITE_FAILURES: readonly (StorageIssue | null)[] = ["full", "unavailable"];

/**
 * Creates the progress store and loads what is stored under `key` (synchronously for
 * localStorage). Stored data of any version is migrated and restored; problems end up in
 * `storageIssue` instead of exceptions.
 */
export function createProgressStore(options: ProgressStoreOptions) {
  const { key } = options;
  const now = options.now ?? Date.now;

  // Set when loading met a problem: storage out of reach, or a stored value that could not be
  // read in full. Writes find such problems, report them and back the value up before writing
  // over it, so the store then writes at once instead of waiting for the first change.
  let loadProblem = false;
  const loaded = ({ progress, dropped }: RestoreResult): PersistedProgress => {
    if (dropped > 0) loadProblem = true;
    return progress;
  };

  // The storage's listeners run only once `store` below is assigned (hydration is started
  // after that), and each runs after its write has finished.
  const storage = createSafeStorage<PersistedProgress>({
    storage: options.storage,
    now,
    onReadProblem: () => {
      loadProblem = true;
    },
    onIssue: (issue, backupKey) => {
      const state = store.getState();
      const patch = { storageIssue: issue, backupKey: backupKey ?? state.backupKey };
      if (state.storageIssue === issue && state.backupKey === patch.backupKey) return;
      store.setState(patch);
    },
    onWritten: () => {
      if (WRITE_FAILURES.includes(store.getState().storageIssue)) {
        store.setState({ storageIssue: null });
      }
    },
    // What another tab stored meanwhile (any version) merged with what is about to be written;
    // lossy when restoring the stored value dropped something (it is then backed up first).
    mergeBeforeWrite: (stored, next) => {
      const { progress, dropped } = migrateProgress(stored.state, stored.version ?? 0, now());
      return { state: mergeProgress(progress, next), lossy: dropped > 0 };
    },
    // Memory takes what the merge brought in, so it again holds all that is stored.
    onMerged: (merged) => {
      if (!sameProgress(merged, pickPersisted(store.getState()))) store.setState(merged);
    },
  });

  const store = createStore<ProgressStore>()(
    persist<ProgressStore, [], [], PersistedProgress>(
      (set, get) => {
        const draft = () => new ProgressDraft(pickPersisted(get()), now());
        /** Applies a draft as one undo step; returns what the touched ids were before. */
        const commit = (kind: ChangeKind, edits: ProgressDraft): Before => {
          const before = edits.changes();
          if (Object.keys(before).length === 0) return before;
          const entry: HistoryEntry = { kind, at: now(), before };
          set({ ...edits.result(), history: [...get().history, entry].slice(-HISTORY_LIMIT) });
          return before;
        };

        return {
          ...emptyProgress(),
          history: [],
          storageIssue: null,
          backupKey: null,

          tick: (ids, at) => {
            const edits = draft();
            const clock = now();
            const tickedAt = isPlausibleTime(at, clock) ? Math.round(at) : clock;
            for (const id of idList(ids)) {
              if (edits.tickedAt(id) === undefined) edits.setDone(id, tickedAt);
            }
            return Object.keys(commit("tick", edits));
          },

          untick: (ids) => {
            const edits = draft();
            for (const id of idList(ids)) edits.setNotDone(id);
            return Object.keys(commit("untick", edits));
          },

          importProgress: (done, mode) => {
            const stamp = now();
            const incoming = incomingTimes(done, stamp);
            const edits = draft();
            if (mode === "replace") {
              for (const id of Object.keys(get().done)) {
                if (!incoming.has(id)) edits.setNotDone(id);
              }
            }
            for (const [id, time] of incoming) {
              const mine = edits.tickedAt(id);
              if (mine === undefined) edits.setDone(id, time ?? stamp);
              else if (mode === "replace" && time !== undefined) edits.setDone(id, time);
            }
            const changed = Object.entries(commit("import", edits));
            return {
              added: changed.filter(([, was]) => was === null).map(([id]) => id),
              removed: changed
                .filter(([id, was]) => was !== null && edits.tickedAt(id) === undefined)
                .map(([id]) => id),
            };
          },

          undo: () => {
            const { history } = get();
            const last = history.at(-1);
            if (last === undefined) return false;
            const edits = applyBefore(pickPersisted(get()), last.before, now());
            set({ ...edits.result(), history: history.slice(0, -1) });
            return true;
          },

          setGoal: (goal) => {
            const { goal: current, settingsAt } = get();
            if ((goal !== null && !isPlausibleId(goal)) || goal === current) return;
            set({ goal, settingsAt: Math.max(now(), settingsAt + 1) });
          },

          setHoursPerWeek: (hours) => {
            const { hoursPerWeek, settingsAt } = get();
            const clamped = clampHoursPerWeek(hours);
            if (clamped === null || clamped === hoursPerWeek) return;
            set({ hoursPerWeek: clamped, settingsAt: Math.max(now(), settingsAt + 1) });
          },

          dismissStorageIssue: () => {
            if (get().storageIssue !== null) set({ storageIssue: null });
          },
        };
      },
      {
        name: key,
        version: PROGRESS_VERSION,
        storage,
        partialize: pickPersisted,
        skipHydration: true,
        migrate: (persisted, version) => loaded(migrateProgress(persisted, version, now())),
        // Nothing stored (undefined) restores to empty progress, the initial state.
        merge: (persisted, current) => ({
          ...current,
          ...loaded(restoreProgress(persisted, now())),
        }),
      },
    ),
  );
  void store.persist.rehydrate(); // synchronous: the storage is
  if (loadProblem) {
    storage.setItem(key, { state: pickPersisted(store.getState()), version: PROGRESS_VERSION });
  } else {
    storage.trustLastRead();
  }
  return store;
}

/** The store type, for code that receives one. */
export type ProgressStoreApi = ReturnType<typeof createProgressStore>;

// The preferences store lives in its own module; re-exported so callers find both stores here.
export { createPreferencesStore } from "./preferences-store";
