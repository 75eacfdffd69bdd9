// Worker thread body for parallel-parse.ts: parses the files it is given and posts the results.
import { parentPort, workerData } from "node:worker_threads";
import type { SourceFile } from "./folder";
import { parseSourceFile } from "./parse-files";

// Same speed-up as the CLI's snapshotEnvironment (see cli.ts): the parser reads process.env per token.
process.env = { ...process.env };
const files = workerData as readonly SourceFile[];
parentPort?.postMessage(files.map(parseSourceFile));
