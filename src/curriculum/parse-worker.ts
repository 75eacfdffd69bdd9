// Worker thread body for parse-pool.ts: loads the parser at once, then waits for the paths to
// read and parse, posts the results back and ends.
import { parentPort } from "node:worker_threads";
import { readText } from "./folder.ts";
import { parseSourceFile } from "./parse-files.ts";

// Same speed-up as the CLI's snapshotEnvironment (see cli.ts): the parser reads process.env per token.
process.env = { ...process.env };
parentPort?.once("message", (paths: readonly string[]) => {
  parentPort?.postMessage(paths.map((path) => parseSourceFile({ path, text: readText(path) })));
});
