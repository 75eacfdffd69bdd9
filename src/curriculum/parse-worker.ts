// Worker thread body for parallel-parse.ts: reads and parses the files it is given (paths) and
// posts the results back.
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { parseSourceFile } from "./parse-files.ts";

// Same speed-up as the CLI's snapshotEnvironment (see cli.ts): the parser reads process.env per token.
process.env = { ...process.env };
const paths = workerData as readonly string[];
parentPort?.postMessage(
  paths.map((path) => parseSourceFile({ path, text: readFileSync(path, "utf8") })),
);
