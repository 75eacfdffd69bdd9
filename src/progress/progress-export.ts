/**
 * The learner's progress as the version-2 export file holds it: every mark with its time, the
 * non-empty notes (kept for topics removed from the curriculum too) and the review history.
 */
import { buildExportFileV2, type ExportFileV2, type ProgressForExport } from "./export-file";
import { marksOf } from "./marks";
import { liveNotes } from "./notes";
import type { PersistedProgress } from "./progress-state";

/** What `buildExportFileV2` needs of `progress`. */
export function progressForExport(
  progress: PersistedProgress,
  curriculumTitle: string,
): ProgressForExport {
  return {
    curriculumTitle,
    marks: marksOf(progress),
    notes: liveNotes(progress.notes),
    reviews: progress.reviews,
  };
}

/** The version-2 export file of `progress`, written at `now`. */
export function exportFileOf(
  progress: PersistedProgress,
  curriculumTitle: string,
  now: number | Date,
): ExportFileV2 {
  return buildExportFileV2(progressForExport(progress, curriculumTitle), now);
}
