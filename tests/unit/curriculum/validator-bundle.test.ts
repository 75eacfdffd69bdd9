import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from "node:fs";
import { writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { validatorBundle } from "../../../scripts/validator-bundle.mjs";
import { parseSourceFile } from "../../../src/curriculum/parse-files";
import type { ParseWorker } from "../../../src/curriculum/parse-pool";
import { fixture } from "./fixtures";

const ROOT = resolve(__dirname, "../../..");

/**
 * A copy of the validator's sources with its own bundle cache. Kept inside node_modules/.cache
 * so the copy's bare imports (yaml, valibot) resolve as they do for the real sources.
 */
function scratchCopy() {
  const cache = join(ROOT, "node_modules/.cache");
  mkdirSync(cache, { recursive: true });
  const root = mkdtempSync(join(cache, "jiewang-bundle-test-"));
  const sourceDir = join(root, "src");
  cpSync(join(ROOT, "src/curriculum"), sourceDir, { recursive: true });
  return {
    root,
    locations: { sourceDir, cacheDir: join(root, "cache") },
    done: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Changes the CLI's usage text in a copy, so its bundle is told apart by `--help`. */
async function editUsage(sourceDir: string, words: string) {
  const cliSource = join(sourceDir, "cli.ts");
  const text = readFileSync(cliSource, "utf8").replace(
    "usage: npm run validate",
    `usage: ${words}`,
  );
  await writeFile(cliSource, text);
}

function runHelp(cli: string): string {
  return spawnSync(process.execPath, [cli, "--help"], { encoding: "utf8" }).stdout;
}

describe("the validator's JavaScript bundle", { timeout: 60_000 }, () => {
  it("is built once and reused while nothing it was built from changes", async () => {
    const copy = scratchCopy();
    try {
      const first = await validatorBundle(copy.locations);
      expect(first.built).toBe(true);
      expect(runHelp(first.cli)).toContain("usage: npm run validate -- [DIR]");
      const second = await validatorBundle(copy.locations);
      expect(second).toEqual({ ...first, built: false });
    } finally {
      copy.done();
    }
  });

  it("is rebuilt after a source edit, and then runs the edited code", async () => {
    const copy = scratchCopy();
    try {
      const before = await validatorBundle(copy.locations);
      await editUsage(copy.locations.sourceDir, "an edited validate");
      const after = await validatorBundle(copy.locations);
      expect(after.built).toBe(true);
      expect(after.dir).not.toBe(before.dir);
      expect(runHelp(after.cli)).toContain("usage: an edited validate -- [DIR]");
    } finally {
      copy.done();
    }
  });

  it("is rebuilt when its cache is missing, as in a fresh clone", async () => {
    const copy = scratchCopy();
    try {
      const first = await validatorBundle(copy.locations);
      rmSync(copy.locations.cacheDir, { recursive: true });
      const again = await validatorBundle(copy.locations);
      expect(again.built).toBe(true);
      expect(existsSync(again.cli)).toBe(true);
      expect(again.dir).toBe(first.dir);
    } finally {
      copy.done();
    }
  });

  it("keeps the bundles of two source folders that share a cache apart", async () => {
    const copy = scratchCopy();
    try {
      const other = { ...copy.locations, sourceDir: join(copy.root, "other") };
      cpSync(copy.locations.sourceDir, other.sourceDir, { recursive: true });
      await editUsage(other.sourceDir, "the other validate");
      const ours = await validatorBundle(copy.locations);
      const theirs = await validatorBundle(other);
      expect(runHelp(theirs.cli)).toContain("usage: the other validate");
      const oursAgain = await validatorBundle(copy.locations);
      expect(oursAgain).toEqual({ ...ours, built: false });
      expect(runHelp(oursAgain.cli)).toContain("usage: npm run validate");
    } finally {
      copy.done();
    }
  });

  it("fails, leaving no half-built bundle behind, when a source does not compile", async () => {
    const copy = scratchCopy();
    try {
      await writeFile(join(copy.locations.sourceDir, "summary.ts"), "export const = ;\n");
      await expect(validatorBundle(copy.locations)).rejects.toThrow();
      expect(readdirSync(copy.locations.cacheDir)).toEqual([]);
    } finally {
      copy.done();
    }
  });

  it("starts parse workers that read and parse files exactly as the sources do", async () => {
    const { dir } = await validatorBundle();
    const pool: {
      startParseWorkers: (files: number, min: number, count: number) => ParseWorker[];
    } = await import(pathToFileURL(join(dir, "parse-pool.mjs")).href);
    const [worker] = pool.startParseWorkers(1, 0, 1);
    const topics = fixture("errors/many-faults/topics");
    const paths = ["a.md", "c.md", "d.md"].map((name) => join(topics, name));
    const parsed = await worker?.parse(paths);
    expect(parsed).toEqual(
      paths.map((path) => parseSourceFile({ path, text: readFileSync(path, "utf8") })),
    );
    expect(parsed?.flatMap((file) => file.problems).length).toBeGreaterThan(0);
  });
});
