/** Reads the image files the bodies show, through the folder's reader. */
import type { CurriculumFolder } from "./folder.ts";
import { type ImageFile, imageFile, imageInfo } from "./images.ts";
import { MAX_IMAGE_BYTES } from "./limits.ts";
import type { ParsedTopic, ParsedTranslation } from "./parse-topic.ts";
import type { ProblemList } from "./problems.ts";

export function translationsOf(
  translations: ReadonlyMap<string, ReadonlyMap<string, ParsedTranslation>>,
): ParsedTranslation[] {
  return [...translations.values()].flatMap((byLang) => [...byLang.values()]);
}

/**
 * Reads every image file the bodies show, once each, through the folder's reader (so never
 * outside the folder): a missing, linked, oversized or unknown file is an error at each line
 * that shows it.
 */
export function readImages(
  folder: CurriculumFolder,
  files: readonly (ParsedTopic | ParsedTranslation)[],
  problems: ProblemList,
): Map<string, ImageFile> {
  const images = new Map<string, ImageFile>();
  const failed = new Map<string, string>();
  for (const file of files) {
    for (const { path, line } of file.images) {
      if (!images.has(path) && !failed.has(path)) {
        const result = readImage(folder, path);
        if (typeof result === "string") failed.set(path, result);
        else images.set(path, result);
      }
      const reason = failed.get(path);
      if (reason !== undefined) problems.error(file.file, `image ${path} ${reason}`, line);
    }
  }
  return images;
}

function readImage(folder: CurriculumFolder, path: string): ImageFile | string {
  const read = folder.readAsset?.(path, MAX_IMAGE_BYTES) ?? { ok: false, reason: "file not found" };
  if (!read.ok)
    return read.reason === "file not found" ? "is not in the curriculum folder" : read.reason;
  const info = imageInfo(read.bytes);
  if (!info)
    return "is not a PNG, JPEG, GIF or WebP image (SVG is not allowed: it can hold scripts)";
  return {
    name: imageFile(path, read.bytes, info.type),
    ...(info.width ? { width: info.width } : {}),
    ...(info.height ? { height: info.height } : {}),
    bytes: read.bytes,
  };
}
