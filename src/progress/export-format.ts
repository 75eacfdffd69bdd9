/**
 * The shapes of the progress file ("Export" / "Import file"), versions 1 and 2, shared by the
 * writer (export-file.ts) and the reader (import-file.ts). docs/export-format.md describes them
 * for people and other tools.
 */

export const EXPORT_FORMAT = "jiewang-progress";
/** Version 1: done topics and their tick times. Still written by `buildExportFile`. */
export const EXPORT_VERSION = 1;
/** Version 2: marks (done, known, in progress) with times, notes and review history. */
export const EXPORT_VERSION_2 = 2;
/** Files larger than this are refused unread (a real export is a few kilobytes). */
export const MAX_IMPORT_BYTES = 1024 * 1024;
/** Longest note kept, in characters (code points). */
export const MAX_NOTE_LENGTH = 20_000;

// ---- Version 1 ----

export interface ExportedTopic {
  readonly id: string;
  /** ISO 8601 time, or null when unknown. */
  readonly tickedAt: string | null;
}

export interface ExportFile {
  readonly format: typeof EXPORT_FORMAT;
  readonly version: typeof EXPORT_VERSION;
  readonly curriculum: string;
  readonly exportedAt: string;
  readonly done: readonly ExportedTopic[];
}

// ---- Version 2 ----

/** A mark besides "not started". `known` counts as done for unlocking. */
export type MarkKind = "done" | "known" | "in-progress";
export const MARK_KINDS: readonly MarkKind[] = ["done", "known", "in-progress"];

export type ReviewResult = "remembered" | "forgot";
export const REVIEW_RESULTS: readonly ReviewResult[] = ["remembered", "forgot"];

/** A topic's mark as the store keeps it: the kind and when it was set (ms; 0 = unknown). */
export interface TopicMark {
  readonly kind: MarkKind;
  readonly at: number;
}

/** A topic's note: plain text and when it last changed (ms; 0 = unknown). */
export interface TopicNote {
  readonly text: string;
  readonly at: number;
}

/** One review of a topic. `implicit`: counted through a review of a topic that requires it. */
export interface ReviewEvent {
  readonly at: number;
  readonly result: ReviewResult;
  readonly implicit?: boolean;
}

export interface ExportedReview {
  /** ISO 8601 time. */
  readonly at: string;
  readonly result: ReviewResult;
  readonly implicit?: true;
}

/** One topic in a version-2 file; every field but `id` is optional. */
export interface ExportedTopicV2 {
  readonly id: string;
  readonly mark?: MarkKind;
  /** ISO 8601 time the mark was set, or null when unknown; present exactly when `mark` is. */
  readonly markedAt?: string | null;
  /** Plain text, at most MAX_NOTE_LENGTH characters; never empty. */
  readonly note?: string;
  /** ISO 8601 time the note last changed, or null when unknown; present exactly with `note`. */
  readonly noteAt?: string | null;
  /** Oldest first; never empty. */
  readonly reviews?: readonly ExportedReview[];
}

export interface ExportFileV2 {
  readonly format: typeof EXPORT_FORMAT;
  readonly version: typeof EXPORT_VERSION_2;
  readonly curriculum: string;
  readonly exportedAt: string;
  readonly topics: readonly ExportedTopicV2[];
}

/** What the store hands `buildExportFileV2`: per topic id, each record optional. */
export interface ProgressForExport {
  readonly curriculumTitle: string;
  readonly marks: Readonly<Record<string, TopicMark>>;
  readonly notes?: Readonly<Record<string, TopicNote>>;
  readonly reviews?: Readonly<Record<string, readonly ReviewEvent[]>>;
}
