/**
 * The curriculum validator (src/curriculum/cli.ts) as plain JavaScript, built once and reused.
 *
 * Running the CLI through tsx cost about a second before any work: tsx's own start-up, compiling
 * the TypeScript, and the same again in every parse worker thread. Instead, the first run after
 * a change bundles the CLI with rolldown (Vite's bundler, already installed) into
 * node_modules/.cache/jiewang-validate/, and later runs import that bundle directly.
 *
 * Freshness: the cache keeps the list of every file that went into the bundle (the validator's
 * sources, the dependencies it bundles, yaml and valibot, and tsconfig.json) and names each
 * bundle by a hash of those files' contents plus this script's own text. A run hashes the listed
 * files (a few milliseconds) and rebuilds when no bundle carries that hash: after a source edit,
 * a dependency update, a change to this script, or in a fresh clone with no cache at all.
 */
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Where `npm run validate` reads the validator's sources and keeps its bundles. */
export const DEFAULT_LOCATIONS = Object.freeze({
  sourceDir: join(ROOT, "src/curriculum"),
  cacheDir: join(ROOT, "node_modules/.cache/jiewang-validate"),
});

/**
 * Bundle entry points, each written as `<name>.mjs`. parse-pool.ts starts its worker threads
 * from `parse-worker.mjs` next to itself (its BUNDLED_WORKER_FILE); `parse-pool.mjs` is an entry
 * so tests can start the bundled workers directly.
 */
const ENTRIES = { cli: "cli.ts", "parse-worker": "parse-worker.ts", "parse-pool": "parse-pool.ts" };

/**
 * The last build's input files, kept in the cache folder: one list per source folder, so that
 * checkouts sharing a cache (a linked node_modules) never judge their bundle by another's list.
 */
function inputsFile(cacheDir, sourceDir) {
  const key = createHash("sha256").update(sourceDir).digest("hex").slice(0, 12);
  return join(cacheDir, `inputs-${key}.json`);
}

/** Each bundle folder records the source folder it was built from, in this file. */
const BUILT_FROM_FILE = "built-from.txt";

/** Bundles older than this are removed after a rebuild; younger ones may still be running. */
const STALE_AFTER_MS = 60_000;

/**
 * The folder of an up-to-date bundle of the validator CLI, building it first when the sources,
 * the bundled dependencies or this script changed since the last build (or there is none).
 *
 * @param {{ sourceDir: string, cacheDir: string }} [locations]
 * @returns {Promise<{ dir: string, cli: string, built: boolean }>} `cli` is the entry to import;
 *   `built` says whether this call had to build it.
 */
export async function validatorBundle(locations = DEFAULT_LOCATIONS) {
  // The bundler names modules by their real paths; so do the lists checked against them.
  const sourceDir = realpathSync(locations.sourceDir);
  const { cacheDir } = locations;
  const known = readInputs(inputsFile(cacheDir, sourceDir), sourceDir);
  if (known) {
    const dir = join(cacheDir, digestOf(known));
    if (existsSync(join(dir, "cli.mjs"))) return { dir, cli: join(dir, "cli.mjs"), built: false };
  }
  const dir = await build(sourceDir, cacheDir);
  return { dir, cli: join(dir, "cli.mjs"), built: true };
}

/** Bundles into a fresh folder, then moves it to its content-hash name and records its inputs. */
async function build(sourceDir, cacheDir) {
  // Loaded only here: the bundler's own start-up is the cost the warm path avoids.
  const { build: bundle } = await import("rolldown");
  mkdirSync(cacheDir, { recursive: true });
  const scratch = join(cacheDir, `.build-${process.pid}-${Date.now()}`);
  try {
    const input = Object.fromEntries(
      Object.entries(ENTRIES).map(([name, file]) => [name, join(sourceDir, file)]),
    );
    const output = await bundle({
      input,
      platform: "node",
      // Bundler notices are no business of someone validating a curriculum.
      logLevel: "silent",
      output: {
        dir: scratch,
        format: "esm",
        entryFileNames: "[name].mjs",
        chunkFileNames: "[name]-[hash].mjs",
      },
    });
    // The bundler also reads the TypeScript settings, which can change how it compiles.
    const inputs = [...inputFiles(output.output), join(ROOT, "tsconfig.json")];
    writeFileSync(join(scratch, BUILT_FROM_FILE), sourceDir);
    const dir = join(cacheDir, digestOf(inputs));
    if (existsSync(dir)) {
      rmSync(scratch, { recursive: true, force: true });
    } else {
      try {
        renameSync(scratch, dir);
      } catch (error) {
        // Another run built the same bundle at the same moment: use theirs.
        if (!existsSync(join(dir, "cli.mjs"))) throw error;
        rmSync(scratch, { recursive: true, force: true });
      }
    }
    writeInputs(inputsFile(cacheDir, sourceDir), inputs);
    removeOldBundles(cacheDir, dir, sourceDir);
    return dir;
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
}

/** Every real file the bundler read, sorted (its helper modules have ids that are not files). */
function inputFiles(chunks) {
  const files = new Set();
  for (const chunk of chunks) {
    if (chunk.type !== "chunk") continue;
    for (const id of chunk.moduleIds) if (isAbsolute(id) && existsSync(id)) files.add(id);
  }
  return [...files].sort();
}

/** A hash of this script and of every input file's path and content; missing files count too. */
function digestOf(files) {
  const hash = createHash("sha256");
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  for (const file of files) {
    hash.update(`\0${file}\0`);
    hash.update(existsSync(file) ? readFileSync(file) : "\0missing\0");
  }
  return hash.digest("hex").slice(0, 24);
}

/** The recorded list, if it is one and names this source folder's entry files. */
function readInputs(path, sourceDir) {
  try {
    const files = JSON.parse(readFileSync(path, "utf8"));
    const valid =
      Array.isArray(files) &&
      files.every((file) => typeof file === "string") &&
      Object.values(ENTRIES).every((entry) => files.includes(join(sourceDir, entry)));
    return valid ? files : undefined;
  } catch {
    return undefined;
  }
}

/** Written to a scratch name first, so a concurrent run never reads half a list. */
function writeInputs(path, files) {
  const scratch = `${path}.${process.pid}`;
  writeFileSync(scratch, JSON.stringify(files));
  renameSync(scratch, path);
}

/**
 * Removes this source folder's earlier bundles, and scratch folders of builds that died. Only
 * those older than a minute: a run that started before this build may still be loading one.
 */
function removeOldBundles(cacheDir, keep, sourceDir) {
  const now = Date.now();
  for (const entry of readdirSync(cacheDir, { withFileTypes: true })) {
    const path = join(cacheDir, entry.name);
    if (!entry.isDirectory() || path === keep) continue;
    try {
      const builtFrom = join(path, BUILT_FROM_FILE);
      const ours = !existsSync(builtFrom) || readFileSync(builtFrom, "utf8") === sourceDir;
      if (ours && now - statSync(path).mtimeMs > STALE_AFTER_MS) rmSync(path, { recursive: true });
    } catch {
      // Gone already, or in use elsewhere: the next rebuild tries again.
    }
  }
}
