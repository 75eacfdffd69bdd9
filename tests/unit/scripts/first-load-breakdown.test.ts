import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { SourceMapGenerator } from "source-map-js";

const SCRIPT = resolve(__dirname, "../../../scripts/first-load-breakdown.mjs");

/** Incompressible text of about `bytes` characters, on one line. */
const noise = (bytes: number) => randomBytes(Math.ceil((bytes * 3) / 4)).toString("base64");

/**
 * A built site whose entry holds a package's code (4,000 bytes of noise), one module of
 * src/progress (1,000 bytes of noise) and a line of bundler glue no source map names.
 */
function makeDist(): string {
  const dist = mkdtempSync(join(tmpdir(), "jiewang-breakdown-"));
  mkdirSync(join(dist, "assets"));
  const glue = "var __bundler=1;";
  const library = `var a="${noise(4000)}";`;
  const store = `var b="${noise(1000)}";`;
  const map = new SourceMapGenerator({ file: "index-AAAAAAAA.js" });
  const mapAt = (column: number, source: string) =>
    map.addMapping({
      generated: { line: 1, column },
      original: { line: 1, column: 0 },
      source,
    });
  mapAt(glue.length, "../../node_modules/some-lib/dist/index.js");
  mapAt(glue.length + library.length, "../../src/progress/store.ts");
  writeFileSync(join(dist, "assets", "index-AAAAAAAA.js"), glue + library + store);
  writeFileSync(join(dist, "assets", "index-AAAAAAAA.js.map"), map.toString());
  writeFileSync(
    join(dist, "index.html"),
    `<!doctype html><script type="module" src="./assets/index-AAAAAAAA.js"></script>`,
  );
  return dist;
}

describe("the first-load breakdown script", () => {
  it("charges each group of sources its own bytes and gzip cost", () => {
    const dist = makeDist();
    try {
      const run = spawnSync(process.execPath, [SCRIPT, dist], { encoding: "utf8" });
      expect(run.status).toBe(0);
      const rows = new Map(
        [...run.stdout.matchAll(/^\s+([\d.]+)\s+([\d.]+)\s+(\S+)$/gm)].map((m) => [
          m[3],
          { gzip: Number(m[1]), min: Number(m[2]) },
        ]),
      );
      expect([...rows.keys()]).toEqual(["some-lib", "src/progress", "(bundler)"]);
      // 4,000 + 7 and 1,000 + 7 bytes; base64 noise gzips to about three quarters of its size.
      expect(rows.get("some-lib")?.min).toBeCloseTo(4007 / 1024, 1);
      expect(rows.get("some-lib")?.gzip).toBeGreaterThan(2.6);
      expect(rows.get("some-lib")?.gzip).toBeLessThan(3.5);
      expect(rows.get("src/progress")?.min).toBeCloseTo(1007 / 1024, 1);
      expect(rows.get("src/progress")?.gzip).toBeGreaterThan(0.6);
      expect(rows.get("src/progress")?.gzip).toBeLessThan(0.9);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
