/**
 * Parses a large folder's topic files on several threads: this one and the workers of
 * parse-pool.ts. YAML parsing is most of a large validation's time. Only the CLI uses this:
 * the workers need tsx, which the CLI runs under.
 */
import type { SourceFile } from "./folder.ts";
import { type FileParse, parseSourceFile } from "./parse-files.ts";
import { type ParseWorker, startParseWorkers } from "./parse-pool.ts";

/**
 * This thread's share relative to an even split. Workers pay for loading the parser and for
 * sending their results back; on two cores, 1.15 finished fastest of 0.9, 1 and 1.15.
 */
const SHARE = 1.15;

/**
 * Parses every file: a share on this thread, the rest split over `workers` (started earlier
 * with startParseWorkers, or here). A failed worker's share is parsed here instead.
 */
export async function parseFilesInParallel(
  files: readonly SourceFile[],
  workers: readonly ParseWorker[] = startParseWorkers(files.length),
): Promise<Map<string, FileParse>> {
  if (workers.length === 0) return toMap(files.map(parseSourceFile));
  const ownShare = Math.ceil(files.length * (SHARE / (workers.length + 1)));
  const rest = files.slice(ownShare);
  const chunkSize = Math.ceil(rest.length / workers.length);
  const pending = workers.map(async (worker, i) => {
    const chunk = rest.slice(i * chunkSize, (i + 1) * chunkSize);
    // Paths only: each worker reads its own files, so this thread never reads them.
    const parsed = await worker.parse(chunk.map((file) => file.path));
    return parsed ?? chunk.map(parseSourceFile);
  });
  const results = files.slice(0, ownShare).map(parseSourceFile);
  for (const chunk of await Promise.all(pending)) results.push(...chunk);
  return toMap(results);
}

function toMap(results: readonly FileParse[]): Map<string, FileParse> {
  return new Map(results.map((result) => [result.path, result]));
}
