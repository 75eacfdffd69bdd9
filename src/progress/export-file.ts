/**
 * The progress file: "Export" writes it, "Import file" reads it back (import-file.ts). A small,
 * documented JSON shape (docs/export-format.md) so a learner can keep a copy, move to another
 * browser, or read it themselves. Version 1 holds done topics and tick times:
 *
 *   { "format": "jiewang-progress", "version": 1, "curriculum": "<title>",
 *     "exportedAt": "<ISO time>", "done": [{ "id": "<topic id>", "tickedAt": "<ISO time>" }] }
 *
 * Version 2 holds, per topic, a mark (done, known, in progress) with its time, a note and the
 * review history. Both are read; `buildExportFile` writes version 1 and `buildExportFileV2`
 * version 2.
 */
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  EXPORT_VERSION_2,
  type ExportedTopicV2,
  type ExportFile,
  type ExportFileV2,
  MAX_NOTE_LENGTH,
  type ProgressForExport,
  type ReviewEvent,
} from "./export-format";
import { UNKNOWN_TICK_TIME } from "./progress-state";
import { isPlausibleId, isValidTime, type TimeMap } from "./records";
import { toIso } from "./time-text";

export * from "./export-format";
export {
  type ImportFailure,
  type ImportFileResult,
  type ImportOptions,
  MAX_IMPORT_ENTRIES,
  parseImportFile,
} from "./import-file";

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const timeOrNull = (time: number) => (time === UNKNOWN_TICK_TIME ? null : toIso(time));

/**
 * The version-1 export file for `done` (id -> tick time in ms). Topics are listed by tick
 * time, then id, so the file reads as a history.
 */
export function buildExportFile(
  curriculumTitle: string,
  done: TimeMap,
  now: number | Date,
): ExportFile {
  const entries = Object.entries(done)
    .filter(([id, time]) => isPlausibleId(id) && isValidTime(time))
    .sort(([a, ta], [b, tb]) => ta - tb || byId(a, b));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    curriculum: curriculumTitle,
    exportedAt: toIso(now),
    done: entries.map(([id, time]) => ({ id, tickedAt: timeOrNull(time) })),
  };
}

function exportedReviews(events: readonly ReviewEvent[] | undefined) {
  return (events ?? [])
    .filter((event) => isValidTime(event.at) && event.at !== UNKNOWN_TICK_TIME)
    .sort((a, b) => a.at - b.at)
    .map((event) =>
      event.implicit
        ? { at: toIso(event.at), result: event.result, implicit: true as const }
        : { at: toIso(event.at), result: event.result },
    );
}

/**
 * The version-2 export file: every topic with a mark, a note or reviews. Marked topics come
 * first, by mark time then id (the file reads as a history), then the others by id. A note is
 * kept as typed up to MAX_NOTE_LENGTH characters; empty notes and empty histories are left out.
 */
export function buildExportFileV2(progress: ProgressForExport, now: number | Date): ExportFileV2 {
  const { marks, notes = {}, reviews = {} } = progress;
  const ids = [...new Set([...Object.keys(marks), ...Object.keys(notes), ...Object.keys(reviews)])];
  const markOf = (id: string) => {
    const mark = Object.hasOwn(marks, id) ? marks[id] : undefined;
    return mark && isValidTime(mark.at) ? mark : undefined;
  };
  const topics: ExportedTopicV2[] = [];
  for (const id of ids) {
    if (!isPlausibleId(id)) continue;
    const mark = markOf(id);
    const note = Object.hasOwn(notes, id) ? notes[id] : undefined;
    const text = note ? Array.from(note.text).slice(0, MAX_NOTE_LENGTH).join("") : "";
    const history = exportedReviews(Object.hasOwn(reviews, id) ? reviews[id] : undefined);
    if (!mark && text === "" && history.length === 0) continue;
    topics.push({
      id,
      ...(mark && { mark: mark.kind, markedAt: timeOrNull(mark.at) }),
      ...(note &&
        text !== "" && { note: text, noteAt: isValidTime(note.at) ? timeOrNull(note.at) : null }),
      ...(history.length > 0 && { reviews: history }),
    });
  }
  const rank = (topic: ExportedTopicV2) => markOf(topic.id)?.at ?? Number.POSITIVE_INFINITY;
  topics.sort((a, b) => rank(a) - rank(b) || byId(a.id, b.id));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION_2,
    curriculum: progress.curriculumTitle,
    exportedAt: toIso(now),
    topics,
  };
}

/** `jiewang-progress-YYYY-MM-DD.json`, dated in the learner's local time zone. */
export function exportFileName(now: number | Date): string {
  const date = new Date(now);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `jiewang-progress-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}
