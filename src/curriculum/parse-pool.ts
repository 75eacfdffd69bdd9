/**
 * Worker threads for parsing topic files, startable before the rest of the validator loads.
 * Deliberately light (no YAML or schema imports): the CLI starts the workers first thing, so
 * their own start-up (loading the parser) overlaps this thread's. `npm run validate` runs the
 * CLI as a JavaScript bundle (scripts/validator-bundle.mjs), whose workers load plain
 * JavaScript; from the TypeScript sources (tests) each worker loads tsx first.
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

/** One worker per core but one (the starting thread parses too), at most three. */
export function defaultWorkerCount(): number {
  return Math.min(3, availableParallelism() - 1);
}

/**
 * Starts `count` workers (by default one per core but one, at most three) when `files` reaches
 * `minFiles`; none otherwise. Fewer when a worker cannot be started at all.
 */
export function startParseWorkers(
  files: number,
  minFiles = PARALLEL_THRESHOLD,
  count = defaultWorkerCount(),
): ParseWorker[] {
  if (files < minFiles) return [];
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
    worker = runningFromSource()
      ? new Worker(tsxBootstrap(), { eval: true })
      : new Worker(bundledWorkerUrl());
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

/**
 * The worker body's file name in the CLI's JavaScript bundle, which scripts/validator-bundle.mjs
 * writes next to the module holding this code.
 */
export const BUNDLED_WORKER_FILE = "parse-worker.mjs";

/** True under tsx or Vitest (this module is TypeScript), false in the CLI's bundle. */
function runningFromSource(): boolean {
  return import.meta.url.endsWith(".ts");
}

// Built apart from `new Worker(...)`: Vite rewrites `new Worker(new URL(...))` in what it loads.
function bundledWorkerUrl(): URL {
  return new URL(BUNDLED_WORKER_FILE, import.meta.url);
}

/** The worker body among the TypeScript sources. */
const SOURCE_WORKER_FILE = "parse-worker.ts";

// Module hooks (tsx's TypeScript loader) do not reach worker threads on Node 20, so the worker
// registers tsx itself before importing its TypeScript body. Resolving tsx throws where it is
// not installed; the caller then parses on its own thread. The file name is a constant because
// Vite (so Vitest) rewrites `new URL("<literal>", import.meta.url)` into a served http: URL.
function tsxBootstrap(): string {
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  const body = JSON.stringify(new URL(SOURCE_WORKER_FILE, import.meta.url).href);
  return `import(${tsx}).then(({ register }) => { register(); return import(${body}); });`;
}
