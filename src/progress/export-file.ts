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
import { UNKNOWN_TICK_TIME } from "./progress-state";
import { isPlausibleId, isValidTime, type TimeMap } from "./records";

export const EXPORT_FORMAT = "jiewang-progress";
export const EXPORT_VERSION = 1;
/** Files larger than this are refused unread (a real export is a few kilobytes). */
export const MAX_IMPORT_BYTES = 1024 * 1024;

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
  | "bad-entries";

export type ImportFileResult =
  | {
      readonly ok: true;
      /** Topic id -> tick time in ms (`UNKNOWN_TICK_TIME` where the file has none). */
      readonly done: Record<string, number>;
      /** Title of the curriculum the file was exported from. */
      readonly curriculum: string;
      /** When it was exported, in ms; null if the file's time is unreadable. */
      readonly exportedAt: number | null;
    }
  | { readonly ok: false; readonly reason: ImportFailure };

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

/** ISO 8601 date-time with a time zone, as `toISOString` writes (offsets accepted too). */
const ISO_TIME =
  /^([+-]\d{6}|\d{4})-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseIsoTime(value: unknown): number | undefined {
  if (typeof value !== "string" || !ISO_TIME.test(value)) return undefined;
  const time = Date.parse(value);
  return isValidTime(time) ? time : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Checks and reads a progress file. `sizeBytes` is the file's size as the browser reports it
 * (checked first, so a huge file is never parsed). Every entry must be well formed, or the
 * whole file is refused with `bad-entries`: a half-read file would silently lose progress.
 * An id listed twice keeps its earlier tick time. Never throws.
 */
export function parseImportFile(text: string, sizeBytes: number): ImportFileResult {
  if (!(sizeBytes <= MAX_IMPORT_BYTES) || text.length > MAX_IMPORT_BYTES) {
    return { ok: false, reason: "too-large" };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: "not-json" };
  }
  if (!isObject(data) || data.format !== EXPORT_FORMAT)
    return { ok: false, reason: "wrong-format" };
  if (typeof data.version !== "number" || !Number.isInteger(data.version)) {
    return { ok: false, reason: "wrong-format" };
  }
  if (data.version !== EXPORT_VERSION) return { ok: false, reason: "unsupported-version" };
  if (!Array.isArray(data.done)) return { ok: false, reason: "wrong-format" };

  const done: Record<string, number> = {};
  for (const entry of data.done) {
    if (!isObject(entry) || !isPlausibleId(entry.id)) return { ok: false, reason: "bad-entries" };
    const time = entry.tickedAt === null ? UNKNOWN_TICK_TIME : parseIsoTime(entry.tickedAt);
    if (time === undefined) return { ok: false, reason: "bad-entries" };
    const earlier = Object.hasOwn(done, entry.id) ? done[entry.id] : undefined;
    done[entry.id] = earlier === undefined ? time : Math.min(earlier, time);
  }
  return {
    ok: true,
    done,
    curriculum: typeof data.curriculum === "string" ? data.curriculum : "",
    exportedAt: parseIsoTime(data.exportedAt) ?? null,
  };
}
