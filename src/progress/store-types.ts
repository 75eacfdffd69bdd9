/**
 * The progress store's public types: its state (the persisted records plus undo history and
 * storage status), its actions, and what the actions report back. store.ts builds it.
 */
import type { CompiledCurriculum } from "../curriculum/types";
import type { ReviewResult } from "./export-format";
import type { FileContents } from "./import-apply";
import type { Mark } from "./marks";
import type { Before } from "./progress-edits";
import type { PersistedProgress } from "./progress-state";
import type { TimeMap } from "./records";
import type { KeyValueStorage, StorageIssue } from "./safe-storage";

/** How an import treats the learner's own progress. */
export type ImportMode = "merge" | "replace";

export type ChangeKind = "tick" | "untick" | "import" | "mark" | "review";

/** One undoable change: what kind, when, and what it replaced (marks, notes, review events). */
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

/** What `importFile` changed. */
export interface FileImportOutcome extends ImportOutcome {
  /** Ids whose mark changed (added and removed included). */
  readonly marked: readonly string[];
  /** Ids whose note changed. */
  readonly notes: readonly string[];
  /** Ids whose note was cut to the length limit when an imported note was appended. */
  readonly cutNotes: readonly string[];
  /** Review events added. */
  readonly reviews: number;
  /** Topics of the file left out because the curriculum cannot name them. */
  readonly dropped: number;
}

export interface ReviewOptions {
  /** Topics a "Remembered" review also refreshed (the engine's implicit rule): each gets an implicit event. */
  readonly implicitFor?: readonly string[];
  /** With "forgot": mark the topic in progress again. */
  readonly markInProgress?: boolean;
}

/** What `recordReview` changed. */
export interface ReviewOutcome {
  /** False when the same review was already recorded (or the id is not an id). */
  readonly recorded: boolean;
  /** Ids that got an implicit review. */
  readonly refreshed: readonly string[];
  /** True when the topic was set in progress. */
  readonly markedInProgress: boolean;
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
  /**
   * Sets the mark of the ids: "none" (not started), "in-progress", "done" or "known", at `at`
   * (default now). Done and known count as done; setting either clears in progress, and setting
   * in progress clears done or known. Ids that already have that mark keep it and its time.
   * One undo step. Returns the ids that changed.
   */
  setMark(ids: string | readonly string[], mark: Mark, at?: number): string[];
  /**
   * Sets several marks at once, each id its own mark (e.g. a topic done and its missing
   * prerequisites known), as one undo step. Same rules as `setMark`. Returns the ids that changed.
   */
  setMarks(changes: readonly (readonly [string, Mark])[], at?: number): string[];
  /**
   * Sets the note of `id` (plain text; empty deletes it) and saves at once. Text longer than
   * MAX_NOTE_LENGTH characters is cut there; returns true when it was cut. Not an undo step.
   */
  setNote(id: string, text: string): boolean;
  /**
   * Records a review of `id` at `at` (default now). A "remembered" review adds an implicit one
   * to each id of `options.implicitFor`; "forgot" with `markInProgress` sets the topic in
   * progress. The same event twice is kept once. One undo step covers it all.
   */
  recordReview(
    id: string,
    result: ReviewResult,
    at?: number,
    options?: ReviewOptions,
  ): ReviewOutcome;
  /**
   * Imports a read progress file (the records of a successful `parseImportFile`). `merge`:
   * per topic the later mark (a topic not started here takes the file's), the learner's note
   * with a differing imported note appended under a dated separator, the union of reviews.
   * `replace`: marks, notes and reviews become the file's. With a curriculum, ids it cannot
   * name are left out. One undo step.
   */
  importFile(
    contents: FileContents,
    mode: ImportMode,
    options?: { readonly curriculum?: CompiledCurriculum },
  ): FileImportOutcome;
  /** Reverts the latest tick, untick, mark, review or import made here. False when there is nothing to undo. */
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
