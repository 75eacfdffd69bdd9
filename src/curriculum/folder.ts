/**
 * Reads a curriculum folder without ever leaving it: curricula arrive as pull requests, so the
 * validator and the build (which both read through this module) must be safe to run on one.
 * Only regular files and folders inside the folder are read; a symbolic link, a FIFO, a device
 * or a socket is refused with a message that names it, without opening it, and a file over the
 * size limit is refused without reading it whole. Nothing from a refused file is echoed.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  type Stats,
} from "node:fs";
import { join, resolve, sep } from "node:path";
import { MAX_FILE_BYTES } from "./limits.ts";
import type { Problem } from "./problems.ts";

export interface SourceFile {
  /** Absolute path. */
  readonly path: string;
  readonly text: string;
}

/** A snapshot of a curriculum folder's files; the checks work on it and read nothing else. */
export interface CurriculumFolder {
  /** Absolute path of the folder. */
  readonly dir: string;
  readonly exists: boolean;
  readonly config?: SourceFile;
  readonly slots?: SourceFile;
  /** Every `topics/*.md` file (topics and translations), sorted by file name. */
  readonly topicFiles: readonly SourceFile[];
  /** Files that were refused (links, special files, too large), each with the reason. */
  readonly refused?: readonly Problem[];
  /**
   * Reads a file the bodies show (an image), by its path inside the folder (`topics/images/a.png`).
   * Absent for folders held in memory without files of that kind.
   */
  readonly readAsset?: (relativePath: string, maxBytes: number) => AssetRead;
}

/** The outcome of reading one file inside the folder. */
export type AssetRead =
  | { readonly ok: true; readonly bytes: Buffer }
  | { readonly ok: false; readonly reason: string };

export const CONFIG_FILE = "curriculum.yaml";
export const SLOTS_FILE = "slots.json";
export const TOPICS_DIR = "topics";

/** Reads a curriculum folder. Missing parts are left out; the checks report them. */
export function readCurriculumFolder(dir: string): CurriculumFolder {
  const root = resolve(dir);
  const refused: Problem[] = [];
  const refuse = (path: string, message: string) =>
    refused.push({ file: path, message, severity: "error" });
  const rootStats = statsOf(root);
  if (rootStats?.isSymbolicLink()) {
    refuse(root, `${LINK}; name the real folder instead`);
    return { dir: root, exists: true, topicFiles: [], refused };
  }
  if (!rootStats?.isDirectory()) return { dir: root, exists: false, topicFiles: [] };
  const readSource = (path: string): SourceFile | undefined => {
    const read = readInside(path, MAX_FILE_BYTES);
    if (read.ok) return { path, text: read.bytes.toString("utf8") };
    if (read.reason !== MISSING) refuse(path, read.reason);
    return undefined;
  };
  const topicFiles: SourceFile[] = [];
  const topicsDir = join(root, TOPICS_DIR);
  const topicsStats = statsOf(topicsDir);
  if (topicsStats && !topicsStats.isDirectory()) {
    refuse(topicsDir, topicsStats.isSymbolicLink() ? LINK : "must be a folder of topic files");
  } else if (topicsStats) {
    for (const name of listTopicFiles(topicsDir)) {
      const file = readSource(join(topicsDir, name));
      if (file) topicFiles.push(file);
    }
  }
  return {
    dir: root,
    exists: true,
    config: readSource(join(root, CONFIG_FILE)),
    slots: readSource(join(root, SLOTS_FILE)),
    topicFiles,
    refused,
    readAsset: (relativePath, maxBytes) => readAssetInside(root, relativePath, maxBytes),
  };
}

/** Names of the `.md` entries of a topics folder (of any kind: the reader refuses the bad ones). */
function listTopicFiles(topicsDir: string): string[] {
  try {
    return readdirSync(topicsDir)
      .filter((name) => name.endsWith(".md") && !name.startsWith("."))
      .sort();
  } catch {
    return [];
  }
}

/** The files whose change should trigger a recompile (the dev server watches these). */
export function isCurriculumFile(dir: string, file: string): boolean {
  const root = resolve(dir);
  const path = resolve(file);
  return (
    path === join(root, CONFIG_FILE) ||
    path === join(root, SLOTS_FILE) ||
    path.startsWith(`${join(root, TOPICS_DIR)}${sep}`)
  );
}

const MISSING = "file not found";
const LINK =
  "is a symbolic link: links are not followed, so that checking a curriculum never reads or writes outside its folder";

function statsOf(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/**
 * A regular file's bytes, or why not: the path is checked with lstat and opened without
 * following a link (O_NOFOLLOW) and without waiting on a FIFO (O_NONBLOCK); the open file is
 * checked again, so a swap between the two cannot slip a link or a device in.
 */
export function readInside(path: string, maxBytes: number): AssetRead {
  const stats = statsOf(path);
  if (!stats) return { ok: false, reason: MISSING };
  const kind = refusedKind(stats);
  if (kind) return { ok: false, reason: kind };
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, reason: `could not be read (${errorCode(error)})` };
  }
  try {
    const opened = fstatSync(fd);
    const openedKind = refusedKind(opened);
    if (openedKind) return { ok: false, reason: openedKind };
    if (opened.size > maxBytes) return { ok: false, reason: tooLarge(opened.size, maxBytes) };
    // Read one byte past the limit: a file that grew since fstat is caught too.
    const buffer = Buffer.alloc(Math.min(opened.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > maxBytes) return { ok: false, reason: tooLarge(length, maxBytes) };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { ok: false, reason: `could not be read (${errorCode(error)})` };
  } finally {
    closeSync(fd);
  }
}

/**
 * A file inside `root` named by a relative path such as `topics/images/a.png`: no `..` out of
 * the folder, and no link anywhere along the way.
 */
function readAssetInside(root: string, relativePath: string, maxBytes: number): AssetRead {
  const parts = relativePath.split("/");
  if (parts.some((part) => part === "" || part === "." || part === ".." || part.includes("\\"))) {
    return { ok: false, reason: "must be a path inside the curriculum folder" };
  }
  let path = root;
  for (const part of parts.slice(0, -1)) {
    path = join(path, part);
    const stats = statsOf(path);
    if (!stats) return { ok: false, reason: MISSING };
    if (stats.isSymbolicLink()) return { ok: false, reason: `${part}/ ${LINK}` };
    if (!stats.isDirectory()) return { ok: false, reason: MISSING };
  }
  return readInside(join(root, ...parts), maxBytes);
}

function refusedKind(stats: Stats): string | undefined {
  if (stats.isSymbolicLink()) return LINK;
  if (stats.isDirectory()) return "is a folder, not a file";
  if (!stats.isFile()) {
    return "is not a regular file (a FIFO, socket or device): only regular files are read";
  }
  return undefined;
}

function tooLarge(size: number, maxBytes: number): string {
  return `is ${Math.ceil(size / 1024)} KB; a file may be at most ${maxBytes / 1024} KB`;
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return typeof code === "string" ? code : "unknown error";
}
