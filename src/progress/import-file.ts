/**
 * Reading a progress file (versions 1 and 2, see docs/export-format.md). Nothing in the file is
 * trusted: every entry is checked, and a file with one bad entry is refused whole, naming the
 * entry, because a half-read file would silently lose progress.
 */
import type { CompiledCurriculum } from "../curriculum/types";
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  EXPORT_VERSION_2,
  MARK_KINDS,
  MAX_IMPORT_BYTES,
  MAX_NOTE_LENGTH,
  type MarkKind,
  REVIEW_RESULTS,
  type ReviewEvent,
  type ReviewResult,
  type TopicMark,
  type TopicNote,
} from "./export-format";
import { UNKNOWN_TICK_TIME } from "./progress-state";
import { isPlausibleId } from "./records";
import { MAX_SHARE_SLOTS } from "./share-codec";
import { keepNameable } from "./slot-index";
import { parseIsoTime, readIsoTime, type TimeProblem } from "./time-text";

/** More entries than a curriculum can have slots is not an export of this app. */
export const MAX_IMPORT_ENTRIES = MAX_SHARE_SLOTS;

export type ImportFailure =
  | "too-large"
  | "not-json"
  | "wrong-format"
  | "unsupported-version"
  | "bad-entries"
  /** A date that is not a real date between 2000-01-01 and a year from now (see `detail`). */
  | "bad-time"
  /** More entries than `MAX_IMPORT_ENTRIES`. */
  | "too-many-entries"
  /** A note that is not text, or longer than `MAX_NOTE_LENGTH` characters (version 2). */
  | "bad-note";

/**
 * What exactly is wrong, where one reason covers several cases the learner should tell apart:
 * for `bad-time`, a time that is no date-time with a time zone (`not-a-time`) or one outside
 * the date rule (`out-of-range`); for `unsupported-version`, a version after the ones known
 * (`newer-version`) or one no Jiewang ever wrote, such as 0 (`unknown-version`).
 */
export type ImportFailureDetail = TimeProblem | "newer-version" | "unknown-version";

export interface ImportOptions {
  /** The clock the date rule is measured from; default `Date.now()`. */
  readonly now?: number;
  /**
   * The curriculum the file is imported into. When given, ids it cannot name (not a topic, a
   * former id or a removed topic's slot) are dropped and counted in `dropped`.
   */
  readonly curriculum?: CompiledCurriculum;
}

export type ImportFileResult =
  | {
      readonly ok: true;
      /**
       * Topic id -> tick time in ms (`UNKNOWN_TICK_TIME` where the file has none) for every
       * topic that counts as done: marked done or (version 2) known. What a caller that knows
       * only done / not done applies.
       */
      readonly done: Record<string, number>;
      /** Title of the curriculum the file was exported from. */
      readonly curriculum: string;
      /** When it was exported, in ms; null if the file's time is unreadable or implausible. */
      readonly exportedAt: number | null;
      /** Topics left out because the curriculum cannot name their id (0 without one). */
      readonly dropped: number;
      /** The file's format version. */
      readonly version: 1 | 2;
      /** Every mark; a version-1 file gives `done` marks only. */
      readonly marks: Record<string, TopicMark>;
      /** Notes by topic id (version 2; empty for version 1). */
      readonly notes: Record<string, TopicNote>;
      /** Reviews by topic id, oldest first, without duplicates (version 2; else empty). */
      readonly reviews: Record<string, ReviewEvent[]>;
    }
  | {
      readonly ok: false;
      readonly reason: ImportFailure;
      /** The id of the entry at fault, when the entry has one. */
      readonly id?: string;
      readonly detail?: ImportFailureDetail;
    };

type Refusal = Extract<ImportFileResult, { ok: false }>;

/** A reason, or a time problem (which is refused as `bad-time` with that detail). */
type Fault = ImportFailure | TimeProblem;

const refuse = (fault: Fault, id?: string, detail?: ImportFailureDetail): Refusal => {
  const time = fault === "not-a-time" || fault === "out-of-range";
  const reason: ImportFailure = time ? "bad-time" : fault;
  const because = time ? fault : detail;
  return {
    ok: false,
    reason,
    ...(id !== undefined && { id }),
    ...(because !== undefined && { detail: because }),
  };
};

/** The records of one file, before ids are checked against a curriculum. */
interface Contents {
  readonly marks: Record<string, TopicMark>;
  readonly notes: Record<string, TopicNote>;
  readonly reviews: Record<string, ReviewEvent[]>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A time field that may be null (unknown): the time, UNKNOWN_TICK_TIME, or why it is bad. */
function timeOrUnknown(value: unknown, now: number): number | TimeProblem {
  return value === null ? UNKNOWN_TICK_TIME : readIsoTime(value, now);
}

function readVersion1(entries: readonly unknown[], now: number): Contents | Refusal {
  const marks: Record<string, TopicMark> = {};
  for (const entry of entries) {
    if (!isObject(entry) || !isPlausibleId(entry.id)) return refuse("bad-entries");
    if (entry.tickedAt !== null && typeof entry.tickedAt !== "string") {
      return refuse("bad-entries", entry.id);
    }
    const time = timeOrUnknown(entry.tickedAt, now);
    if (typeof time === "string") return refuse(time, entry.id);
    // An id listed twice keeps its earlier tick time.
    const earlier = Object.hasOwn(marks, entry.id) ? marks[entry.id]?.at : undefined;
    marks[entry.id] = { kind: "done", at: earlier === undefined ? time : Math.min(earlier, time) };
  }
  return { marks, notes: {}, reviews: {} };
}

function codePointCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

function readReviews(value: unknown, now: number): ReviewEvent[] | Fault {
  if (!Array.isArray(value)) return "bad-entries";
  const byKey = new Map<string, ReviewEvent>();
  for (const review of value) {
    if (!isObject(review)) return "bad-entries";
    const result = review.result;
    if (typeof result !== "string" || !REVIEW_RESULTS.includes(result as ReviewResult)) {
      return "bad-entries";
    }
    if (review.implicit !== undefined && typeof review.implicit !== "boolean") {
      return "bad-entries";
    }
    const at = readIsoTime(review.at, now);
    if (typeof at === "string") return at;
    const event: ReviewEvent = review.implicit
      ? { at, result: result as ReviewResult, implicit: true }
      : { at, result: result as ReviewResult };
    byKey.set(`${at}:${result}:${event.implicit === true}`, event);
  }
  return [...byKey.values()].sort((a, b) => a.at - b.at);
}

/** Reads one version-2 topic entry into `into`; a failure names the entry. */
function readTopicV2(
  entry: Record<string, unknown>,
  id: string,
  now: number,
  into: Contents,
): Fault | null {
  const { mark, markedAt, note, noteAt, reviews } = entry;
  if (mark !== undefined) {
    if (typeof mark !== "string" || !MARK_KINDS.includes(mark as MarkKind)) return "bad-entries";
    if (markedAt !== null && typeof markedAt !== "string") return "bad-entries";
    const at = timeOrUnknown(markedAt, now);
    if (typeof at === "string") return at;
    into.marks[id] = { kind: mark as MarkKind, at };
  } else if (markedAt !== undefined) {
    return "bad-entries";
  }
  if (note !== undefined) {
    if (typeof note !== "string" || codePointCount(note) > MAX_NOTE_LENGTH) return "bad-note";
    if (noteAt !== null && typeof noteAt !== "string") return "bad-entries";
    const at = timeOrUnknown(noteAt, now);
    if (typeof at === "string") return at;
    if (note !== "") into.notes[id] = { text: note, at };
  } else if (noteAt !== undefined) {
    return "bad-entries";
  }
  if (reviews !== undefined) {
    const events = readReviews(reviews, now);
    if (typeof events === "string") return events;
    if (events.length > 0) into.reviews[id] = events;
  }
  return null;
}

function readVersion2(entries: readonly unknown[], now: number): Contents | Refusal {
  const contents: Contents = { marks: {}, notes: {}, reviews: {} };
  const seen = new Set<string>();
  for (const entry of entries) {
    if (!isObject(entry) || !isPlausibleId(entry.id)) return refuse("bad-entries");
    // A topic listed twice has no one meaning: refuse rather than guess.
    if (seen.has(entry.id)) return refuse("bad-entries", entry.id);
    seen.add(entry.id);
    const failure = readTopicV2(entry, entry.id, now, contents);
    if (failure !== null) return refuse(failure, entry.id);
  }
  return contents;
}

/** The records whose ids the curriculum can name, and how many topics were left out. */
function keepNameableContents(curriculum: CompiledCurriculum, contents: Contents) {
  const all = new Set([
    ...Object.keys(contents.marks),
    ...Object.keys(contents.notes),
    ...Object.keys(contents.reviews),
  ]);
  const marks = keepNameable(curriculum, contents.marks).kept;
  const notes = keepNameable(curriculum, contents.notes).kept;
  const reviews = keepNameable(curriculum, contents.reviews).kept;
  const dropped = [...all].filter(
    (id) => !Object.hasOwn(marks, id) && !Object.hasOwn(notes, id) && !Object.hasOwn(reviews, id),
  ).length;
  return { contents: { marks, notes, reviews }, dropped };
}

/**
 * Checks and reads a progress file of version 1 or 2. `sizeBytes` is the file's size as the
 * browser reports it (checked first, so a huge file is never parsed). Times must be real dates
 * between 2000-01-01 and a year after `options.now` (`bad-time`, naming the entry). With
 * `options.curriculum`, ids it cannot name are dropped and counted. Never throws.
 */
export function parseImportFile(
  text: string,
  sizeBytes: number,
  options: ImportOptions = {},
): ImportFileResult {
  if (!(sizeBytes <= MAX_IMPORT_BYTES) || text.length > MAX_IMPORT_BYTES) {
    return refuse("too-large");
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse("not-json");
  }
  if (!isObject(data) || data.format !== EXPORT_FORMAT) return refuse("wrong-format");
  const version = data.version;
  if (typeof version !== "number" || !Number.isInteger(version)) return refuse("wrong-format");
  if (version !== EXPORT_VERSION && version !== EXPORT_VERSION_2) {
    const newer = version > EXPORT_VERSION_2;
    return refuse("unsupported-version", undefined, newer ? "newer-version" : "unknown-version");
  }
  const entries = version === EXPORT_VERSION ? data.done : data.topics;
  if (!Array.isArray(entries)) return refuse("wrong-format");
  if (entries.length > MAX_IMPORT_ENTRIES) return refuse("too-many-entries");

  const now = options.now ?? Date.now();
  const read = version === EXPORT_VERSION ? readVersion1(entries, now) : readVersion2(entries, now);
  if ("ok" in read) return read;
  const { contents, dropped } = options.curriculum
    ? keepNameableContents(options.curriculum, read)
    : { contents: read, dropped: 0 };
  const done: Record<string, number> = {};
  for (const [id, mark] of Object.entries(contents.marks)) {
    if (mark.kind !== "in-progress") done[id] = mark.at;
  }
  return {
    ok: true,
    done,
    curriculum: typeof data.curriculum === "string" ? data.curriculum : "",
    exportedAt: parseIsoTime(data.exportedAt, now) ?? null,
    dropped,
    version: version === EXPORT_VERSION ? 1 : 2,
    ...contents,
  };
}
