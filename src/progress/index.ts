/**
 * The learner's state: progress store, preferences, share codes, the export file and
 * comparisons. Views import from here; see each module for details.
 */
export {
  type ProgressComparison,
  compareProgress,
  type ImportPreview,
  previewImport,
} from "./compare";
export {
  connectCrossTab,
  connectCrossTabReload,
  connectCrossTabWithCatchUp,
  type StorageEventSource,
} from "./cross-tab";
export {
  buildExportFile,
  buildExportFileV2,
  type ExportFile,
  type ExportFileV2,
  MAX_NOTE_LENGTH,
  type MarkKind,
  type ProgressForExport,
  type ReviewEvent,
  type ReviewResult,
  type TopicMark,
  type TopicNote,
  exportFileName,
  type ImportFailure,
  type ImportFileResult,
  MAX_IMPORT_BYTES,
  parseImportFile,
} from "./export-file";
export type { FileContents } from "./import-apply";
export {
  clockOf,
  doneOrKnownIds,
  type Mark,
  MARKS,
  markKindOf,
  markOf,
  marksOf,
  type ReviewInputOf,
  reviewInputs,
  studiedDone,
} from "./marks";
export {
  appendImportedNote,
  cutNote,
  importedNoteSeparator,
  liveNotes,
  type NoteMap,
  notedIds,
  noteOf,
} from "./notes";
export {
  createPreferencesStore,
  type Preferences,
  type PreferencesState,
  type PreferencesStoreApi,
  THEMES,
  type Theme,
} from "./preferences-store";
export {
  clampHoursPerWeek,
  DEFAULT_HOURS_PER_WEEK,
  isValidHoursPerWeek,
  MAX_HOURS_PER_WEEK,
  MIN_HOURS_PER_WEEK,
  type PersistedProgress,
  PROGRESS_VERSION,
  UNKNOWN_TICK_TIME,
} from "./progress-state";
export { exportFileOf, progressForExport } from "./progress-export";
export { readStoredProgress } from "./read-stored";
export { type ReviewMap, reviewsOf } from "./reviews-state";
export type { KeyValueStorage, StorageIssue } from "./safe-storage";
export {
  decodeShareCode,
  encodeShareCode,
  MAX_SHARE_CODE_LENGTH,
  type ShareDecodeFailure,
  type ShareDecodeResult,
} from "./share-codec";
export { MAX_NAME_LENGTH } from "./share-code-name";
export { preferencesKeyFor, storageKeyFor } from "./storage-key";
export {
  type ChangeKind,
  createProgressStore,
  type FileImportOutcome,
  HISTORY_LIMIT,
  type HistoryEntry,
  type ImportMode,
  type ImportOutcome,
  type ProgressActions,
  type ProgressState,
  type ProgressStore,
  type ProgressStoreApi,
  type ProgressStoreOptions,
  type ReviewOptions,
  type ReviewOutcome,
} from "./store";
