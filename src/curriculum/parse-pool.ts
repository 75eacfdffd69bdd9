/**
 * Worker threads for parsing topic files, startable before the rest of the validator loads.
 * Deliberately light (no YAML or schema imports): the CLI starts the workers first thing, so
 * their own start-up (about 0.4 s: loading tsx and the parser) overlaps this thread's.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { FileParse } from "./parse-files.ts";

/** Below this many files a worker's start-up costs more than it saves. */
export const PARALLEL_THRESHOLD = 1500;

/** A started worker: give it paths once, get their parses back (undefined if it failed). */
export interface ParseWorker {
  parse(paths: readonly string[]): Promise<FileParse[] | undefined>;
  /** Stops a worker that will not be given any work. */
  stop(): void;
}

/**
 * Starts one worker per core but one (this thread parses too), at most three, when `files`
 * reaches `minFiles`; none otherwise or on a single core.
 */
export function startParseWorkers(files: number, minFiles = PARALLEL_THRESHOLD): ParseWorker[] {
  if (files < minFiles) return [];
  const count = Math.min(3, availableParallelism() - 1);
  const workers: ParseWorker[] = [];
  for (let i = 0; i < count; i++) {
    const worker = startWorker();
    if (worker) workers.push(worker);
  }
  return workers;
}

function startWorker(): ParseWorker | undefined {
  let worker: Worker;
  try {
    worker = new Worker(workerBootstrap(), { eval: true });
  } catch {
    return undefined;
  }
  // An idle worker must not keep the process alive (say the run fails before it gets work).
  worker.unref();
  // Settles once: with the results, or undefined when the worker dies first.
  const outcome = new Promise<FileParse[] | undefined>((resolve) => {
    worker.once("message", (results: FileParse[]) => resolve(results));
    worker.once("error", () => resolve(undefined));
    worker.once("exit", () => resolve(undefined));
  });
  return {
    async parse(paths) {
      worker.ref();
      worker.postMessage(paths);
      const results = await outcome;
      void worker.terminate();
      return results;
    },
    stop() {
      void worker.terminate();
    },
  };
}

// Module hooks (tsx's TypeScript loader) do not reach worker threads on Node 20, so the worker
// registers tsx itself before importing its TypeScript body. Resolving tsx throws where it is
// not installed; the caller then parses on its own thread.
function workerBootstrap(): string {
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  const body = JSON.stringify(new URL("./parse-worker.ts", import.meta.url).href);
  return `import(${tsx}).then(({ register }) => { register(); return import(${body}); });`;
}
