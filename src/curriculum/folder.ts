import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  statSync,
} from "node:fs";
import { join, resolve, sep } from "node:path";

export interface SourceFile {
  /** Absolute path. */
  readonly path: string;
  readonly text: string;
}

/**
 * The files of a curriculum folder. The checks work on this snapshot; topic files are read on
 * first use of `text`, so parse threads can read their own share (see parallel-parse.ts).
 */
export interface CurriculumFolder {
  /** Absolute path of the folder. */
  readonly dir: string;
  readonly exists: boolean;
  readonly config?: SourceFile;
  readonly slots?: SourceFile;
  /** Every `topics/*.md` file (topics and translations), sorted by file name. */
  readonly topicFiles: readonly SourceFile[];
}

export const CONFIG_FILE = "curriculum.yaml";
export const SLOTS_FILE = "slots.json";
export const TOPICS_DIR = "topics";

/**
 * Reads a curriculum folder. Missing parts are left out; the checks report them. `topicNames`
 * saves listing topics/ again when the caller already has (listTopicFiles).
 */
export function readCurriculumFolder(
  dir: string,
  topicNames?: readonly string[],
): CurriculumFolder {
  const root = resolve(dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    return { dir: root, exists: false, topicFiles: [] };
  }
  // root is resolved and names hold no separators, so plain concatenation gives join's result.
  const prefix = `${join(root, TOPICS_DIR)}${sep}`;
  const topicFiles = (topicNames ?? listTopicFiles(root)).map((name) => lazySource(prefix + name));
  return {
    dir: root,
    exists: true,
    config: readSource(join(root, CONFIG_FILE)),
    slots: readSource(join(root, SLOTS_FILE)),
    topicFiles,
  };
}

/** Names of the `.md` files in `<dir>/topics`, sorted; empty when there is no such folder. */
export function listTopicFiles(dir: string): string[] {
  const topicsDir = join(resolve(dir), TOPICS_DIR);
  if (!existsSync(topicsDir)) return [];
  return readdirSync(topicsDir, { withFileTypes: true })
    .filter(
      (entry) =>
        (entry.isFile() || entry.isSymbolicLink()) &&
        entry.name.endsWith(".md") &&
        !entry.name.startsWith("."),
    )
    .map((entry) => entry.name)
    .sort();
}

/** The files whose change should trigger a recompile (the dev server watches these). */
export function isCurriculumFile(dir: string, file: string): boolean {
  const root = resolve(dir);
  const path = resolve(file);
  return (
    path === join(root, CONFIG_FILE) ||
    path === join(root, SLOTS_FILE) ||
    (path.startsWith(`${join(root, TOPICS_DIR)}${sep}`) && path.endsWith(".md"))
  );
}

/** A file read once, when its text is first asked for. */
function lazySource(path: string): SourceFile {
  let text: string | undefined;
  return {
    path,
    get text() {
      text ??= readText(path);
      return text;
    },
  };
}

const buffer = Buffer.allocUnsafe(256 * 1024);

/**
 * A small file's text through one reused buffer: for thousands of topic files this is about a
 * fifth cheaper than readFileSync (no size query, no new buffer per file). Larger files go
 * through readFileSync.
 */
export function readText(path: string): string {
  const fd = openSync(path, "r");
  try {
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, length);
      if (read === 0) return buffer.toString("utf8", 0, length);
      length += read;
    }
  } finally {
    closeSync(fd);
  }
  return readFileSync(path, "utf8");
}

function readSource(path: string): SourceFile | undefined {
  if (!existsSync(path)) return undefined;
  return { path, text: readFileSync(path, "utf8") };
}
