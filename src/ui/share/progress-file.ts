/**
 * The browser side of the progress file: writing it as a download and reading a chosen file.
 * The format and its checks live in src/progress/export-file.ts.
 */
import type { CompiledCurriculum } from "../../curriculum/types";
import {
  exportFileName,
  type ImportFileResult,
  MAX_IMPORT_BYTES,
  parseImportFile,
} from "../../progress/export-file";
import type { PersistedProgress } from "../../progress/progress-state";
import { exportFileOf } from "../../progress/progress-export";
import { downloadFile } from "../download-file";

/** A file read result, plus the case where the browser could not read the file at all. */
export type ReadFileResult =
  | ImportFileResult
  | { readonly ok: false; readonly reason: "unreadable" };

/**
 * Downloads the progress (format version 2: marks, notes, times and review history) as
 * `jiewang-progress-<date>.json` and returns the file name. Pass the store's whole state.
 * Throws when the browser cannot create the file (no Blob URLs).
 */
export function downloadProgressFile(
  curriculumTitle: string,
  progress: PersistedProgress,
  now: number,
): string {
  const file = exportFileOf(progress, curriculumTitle, now);
  const name = exportFileName(now);
  downloadFile(`${JSON.stringify(file, null, 2)}\n`, name, "application/json");
  return name;
}

function readAsText(file: Blob): Promise<string> {
  if (typeof file.text === "function") return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

/**
 * Reads and checks a chosen progress file. A file over the size limit is refused before it is
 * read. Ids `curriculum` cannot name are left out and counted (`dropped`), so a file of
 * unknown ids is not kept for good. Never rejects.
 */
export async function readProgressFile(
  file: Blob,
  curriculum: CompiledCurriculum,
): Promise<ReadFileResult> {
  if (!(file.size <= MAX_IMPORT_BYTES)) return parseImportFile("", file.size, { curriculum });
  try {
    return parseImportFile(await readAsText(file), file.size, { curriculum });
  } catch {
    return { ok: false, reason: "unreadable" };
  }
}
