/**
 * The progress file: "Export" writes it, "Import file" reads it back. A small, documented JSON
 * shape so a learner can keep a copy, move to another browser, or read it themselves:
 *
 *   { "format": "jiewang-progress", "version": 1, "curriculum": "<title>",
 *     "exportedAt": "<ISO time>", "done": [{ "id": "<topic id>", "tickedAt": "<ISO time>" }] }
 *
 * `tickedAt` is null for topics whose tick time is unknown (progress saved before times were
 * kept). Everything read back is checked; nothing in the file is trusted.
 */
import type { CompiledCurriculum } from "../curriculum/types";
import { UNKNOWN_TICK_TIME } from "./progress-state";
import { isPlausibleId, isPlausibleTime, isValidTime, type TimeMap } from "./records";
import { MAX_SHARE_SLOTS } from "./share-codec";
import { keepNameable } from "./slot-index";

export const EXPORT_FORMAT = "jiewang-progress";
export const EXPORT_VERSION = 1;
/** Files larger than this are refused unread (a real export is a few kilobytes). */
export const MAX_IMPORT_BYTES = 1024 * 1024;
/** More entries than a curriculum can have slots is not an export of this app. */
export const MAX_IMPORT_ENTRIES = MAX_SHARE_SLOTS;

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

export type ImportFailure =
  | "too-large"
  | "not-json"
  | "wrong-format"
  | "unsupported-version"
  | "bad-entries"
  /** A date that is not a real date between 2000-01-01 and a year from now. */
  | "bad-time"
  /** More entries than `MAX_IMPORT_ENTRIES`. */
  | "too-many-entries";

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
      /** Topic id -> tick time in ms (`UNKNOWN_TICK_TIME` where the file has none). */
      readonly done: Record<string, number>;
      /** Title of the curriculum the file was exported from. */
      readonly curriculum: string;
      /** When it was exported, in ms; null if the file's time is unreadable or implausible. */
      readonly exportedAt: number | null;
      /** Entries left out because the curriculum cannot name their id (0 without one). */
      readonly dropped: number;
    }
  | {
      readonly ok: false;
      readonly reason: ImportFailure;
      /** The id of the entry at fault, for `bad-time` and `bad-entries` when it has one. */
      readonly id?: string;
    };

function toIso(time: number | Date): string {
  return new Date(time).toISOString();
}

/**
 * The export file for `done` (id -> tick time in ms). Topics are listed by tick time, then id,
 * so the file reads as a history.
 */
export function buildExportFile(
  curriculumTitle: string,
  done: TimeMap,
  now: number | Date,
): ExportFile {
  const entries = Object.entries(done)
    .filter(([id, time]) => isPlausibleId(id) && isValidTime(time))
    .sort(([a, ta], [b, tb]) => ta - tb || (a < b ? -1 : a > b ? 1 : 0));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    curriculum: curriculumTitle,
    exportedAt: toIso(now),
    done: entries.map(([id, time]) => ({
      id,
      tickedAt: time === UNKNOWN_TICK_TIME ? null : toIso(time),
    })),
  };
}

/** `jiewang-progress-YYYY-MM-DD.json`, dated in the learner's local time zone. */
export function exportFileName(now: number | Date): string {
  const date = new Date(now);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `jiewang-progress-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

/**
 * ISO 8601 date-time with a time zone, as `toISOString` writes (offsets accepted too). Years
 * outside 0000-9999 need no form: they fail the date rule anyway.
 */
const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** True when a match of ISO_TIME names a real day and clock time (no 30 February, no 24:00). */
function isRealDateTime(match: RegExpExecArray): boolean {
  // Absent groups (seconds, or the offset of a "Z" time) count as 0.
  const field = (group: number) => Number(match[group] ?? "0");
  const month = field(2);
  const day = field(3);
  const daysInMonth = new Date(Date.UTC(field(1), month, 0)).getUTCDate();
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth &&
    field(4) <= 23 &&
    field(5) <= 59 &&
    field(6) <= 59 &&
    field(7) <= 23 &&
    field(8) <= 59
  );
}

/** The time of a real ISO date-time between 2000-01-01 and a year after `now`, else undefined. */
function parseIsoTime(value: unknown, now: number): number | undefined {
  if (typeof value !== "string") return undefined;
  const match = ISO_TIME.exec(value);
  if (!match || !isRealDateTime(match)) return undefined;
  const time = Date.parse(value);
  return isPlausibleTime(time, now) ? time : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

type Refusal = Extract<ImportFileResult, { ok: false }>;
const refuse = (reason: ImportFailure, id?: string): Refusal =>
  id === undefined ? { ok: false, reason } : { ok: false, reason, id };

/**
 * Checks and reads a progress file. `sizeBytes` is the file's size as the browser reports it
 * (checked first, so a huge file is never parsed). Every entry must be well formed, or the
 * whole file is refused: a half-read file would silently lose progress. A time must be a real
 * date between 2000-01-01 and a year from now (`bad-time`, naming the entry). An id listed
 * twice keeps its earlier tick time. With `options.curriculum`, ids it cannot name are
 * dropped and counted. Never throws.
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
  if (typeof data.version !== "number" || !Number.isInteger(data.version)) {
    return refuse("wrong-format");
  }
  if (data.version !== EXPORT_VERSION) return refuse("unsupported-version");
  if (!Array.isArray(data.done)) return refuse("wrong-format");
  if (data.done.length > MAX_IMPORT_ENTRIES) return refuse("too-many-entries");

  const now = options.now ?? Date.now();
  const done: Record<string, number> = {};
  for (const entry of data.done) {
    if (!isObject(entry) || !isPlausibleId(entry.id)) return refuse("bad-entries");
    if (entry.tickedAt !== null && typeof entry.tickedAt !== "string") {
      return refuse("bad-entries", entry.id);
    }
    const time = entry.tickedAt === null ? UNKNOWN_TICK_TIME : parseIsoTime(entry.tickedAt, now);
    if (time === undefined) return refuse("bad-time", entry.id);
    const earlier = Object.hasOwn(done, entry.id) ? done[entry.id] : undefined;
    done[entry.id] = earlier === undefined ? time : Math.min(earlier, time);
  }
  const { kept, dropped } = options.curriculum
    ? keepNameable(options.curriculum, done)
    : { kept: done, dropped: 0 };
  return {
    ok: true,
    done: kept,
    curriculum: typeof data.curriculum === "string" ? data.curriculum : "",
    exportedAt: parseIsoTime(data.exportedAt, now) ?? null,
    dropped,
  };
}
