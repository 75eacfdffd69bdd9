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
import { REVIEW_RESULTS } from "./export-format";
import { applyFileContents, nameableContents } from "./import-apply";
import { mergeProgress, sameProgress } from "./merge";
import { cutNote } from "./notes";
import { applyBefore, type Before, isEmptyChange, ProgressDraft } from "./progress-edits";
import {
  clampHoursPerWeek,
  emptyProgress,
  migrateProgress,
  PROGRESS_VERSION,
  type PersistedProgress,
  pickPersisted,
  type RestoreResult,
  restoreProgress,
} from "./progress-state";
import { isPlausibleId, isPlausibleTime, plausibleClock } from "./records";
import { reviewEvent } from "./reviews-state";
import { createSafeStorage, type StorageIssue } from "./safe-storage";
import { doneChanges, idList, incomingTimes, MARK_NAMES } from "./store-helpers";
import {
  type ChangeKind,
  HISTORY_LIMIT,
  type HistoryEntry,
  type ProgressStore,
  type ProgressStoreOptions,
} from "./store-types";

export * from "./store-types";

/** Issues a successful write shows to be over; a damaged value's message stays until dismissed. */
const WRITE_FAILURES: readonly (StorageIssue | null)[] = ["full", "unavailable"];

/**
 * Creates the progress store and loads what is stored under `key` (synchronously for
 * localStorage). Stored data of any version is migrated and restored; problems end up in
 * `storageIssue` instead of exceptions.
 */
export function createProgressStore(options: ProgressStoreOptions) {
  const { key } = options;
  const now = plausibleClock(options.now ?? Date.now);

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
          if (isEmptyChange(before)) return before;
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
            return Object.keys(commit("tick", edits).marks);
          },

          untick: (ids) => {
            const edits = draft();
            for (const id of idList(ids)) edits.setNotDone(id);
            return Object.keys(commit("untick", edits).marks);
          },

          setMark: (ids, mark, at) => {
            const edits = draft();
            const clock = now();
            const markedAt = isPlausibleTime(at, clock) ? Math.round(at) : clock;
            for (const id of idList(ids)) {
              const current = edits.markOf(id)?.kind ?? "none";
              if (current === mark || !MARK_NAMES.includes(mark)) continue;
              edits.setMark(id, mark === "none" ? null : { kind: mark, at: markedAt });
            }
            return Object.keys(commit("mark", edits).marks);
          },

          setMarks: (changes, at) => {
            const edits = draft();
            const clock = now();
            const markedAt = isPlausibleTime(at, clock) ? Math.round(at) : clock;
            for (const [id, mark] of changes) {
              if (!isPlausibleId(id) || !MARK_NAMES.includes(mark)) continue;
              if ((edits.markOf(id)?.kind ?? "none") === mark) continue;
              edits.setMark(id, mark === "none" ? null : { kind: mark, at: markedAt });
            }
            return Object.keys(commit("mark", edits).marks);
          },

          setNote: (id, text) => {
            if (!isPlausibleId(id) || typeof text !== "string") return false;
            const { text: kept, cut } = cutNote(text);
            const { notes } = get();
            const was = Object.hasOwn(notes, id) ? notes[id] : undefined;
            if ((was?.text ?? "") === kept) return cut;
            // Only this note is touched: no sorting or checking of the others per keystroke.
            const at = was === undefined ? now() : Math.max(now(), was.at + 1);
            set({ notes: { ...notes, [id]: { text: kept, at } } });
            return cut;
          },

          recordReview: (id, result, at, options = {}) => {
            const nothing = { recorded: false, refreshed: [], markedInProgress: false };
            if (!isPlausibleId(id) || !REVIEW_RESULTS.includes(result)) return nothing;
            const clock = now();
            const reviewedAt = isPlausibleTime(at, clock) ? Math.round(at) : clock;
            const edits = draft();
            edits.addReviews(id, [reviewEvent(reviewedAt, result)]);
            if (result === "remembered") {
              for (const other of idList(options.implicitFor ?? [])) {
                if (other !== id) edits.addReviews(other, [reviewEvent(reviewedAt, result, true)]);
              }
            }
            const markedInProgress =
              result === "forgot" &&
              options.markInProgress === true &&
              edits.markOf(id)?.kind !== "in-progress";
            if (markedInProgress) edits.setMark(id, { kind: "in-progress", at: reviewedAt });
            const { reviewsAdded } = commit("review", edits);
            return {
              recorded: Object.hasOwn(reviewsAdded, id),
              refreshed: Object.keys(reviewsAdded).filter((other) => other !== id),
              markedInProgress,
            };
          },

          importFile: (file, mode, options = {}) => {
            const { contents, dropped } = nameableContents(file, options.curriculum);
            const current = pickPersisted(get());
            const edits = draft();
            const cutNotes = applyFileContents(edits, current, contents, mode, now());
            const before = commit("import", edits);
            const marks = Object.entries(before.marks);
            return {
              ...doneChanges(marks, edits),
              marked: marks.map(([id]) => id),
              notes: Object.keys(before.notes),
              cutNotes,
              reviews: Object.values(before.reviewsAdded).reduce((n, list) => n + list.length, 0),
              dropped,
            };
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
            return doneChanges(Object.entries(commit("import", edits).marks), edits);
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
