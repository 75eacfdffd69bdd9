import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const SCRIPT = resolve(__dirname, "../../../scripts/check-budget.mjs");

/** Incompressible filler: `kb` KiB of random text gzips to about three quarters of that. */
const filler = (kb: number) => `/*${randomBytes(Math.round(kb * 768)).toString("base64")}*/`;

/**
 * A built site in miniature: an entry that imports a shared chunk, a modulepreloaded chunk, one
 * strings chunk per language (Chinese larger, importing a helper chunk), the outline's view, a
 * lazy chunk, the stylesheet and the preloaded curriculum data.
 */
function makeDist(entryKb: number): string {
  const dist = mkdtempSync(join(tmpdir(), "jiewang-budget-"));
  mkdirSync(join(dist, "assets"));
  const file = (name: string, text: string) => writeFileSync(join(dist, "assets", name), text);
  writeFileSync(
    join(dist, "index.html"),
    `<!doctype html><html><head>
<script type="module" crossorigin src="./assets/index-AAAAAAAA.js"></script>
<link rel="modulepreload" crossorigin href="./assets/preloaded-BBBBBBBB.js">
<link rel="stylesheet" crossorigin href="./assets/index-CCCCCCCC.css">
<link rel="preload" as="fetch" crossorigin="anonymous" href="./assets/curriculum-DDDDDDDD.json">
</head><body><div id="root"></div></body></html>`,
  );
  file("index-AAAAAAAA.js", `import{a as b}from"./shared-EEEEEEEE.js";${filler(entryKb)}`);
  file("shared-EEEEEEEE.js", filler(2));
  file("preloaded-BBBBBBBB.js", filler(1));
  file("strings-zh-FFFFFFFF.js", `import{t}from"./helper-GGGGGGGG.js";${filler(3)}`);
  file("strings-en-HHHHHHHH.js", filler(1));
  file("outline-page-KKKKKKKK.js", filler(1));
  file("helper-GGGGGGGG.js", filler(0.5));
  file("lazy-view-IIIIIIII.js", filler(20));
  file("index-CCCCCCCC.css", "body{color:red}");
  file("curriculum-DDDDDDDD.json", JSON.stringify({ data: filler(4) }));
  return dist;
}

function runBudget(dist: string) {
  const run = spawnSync(process.execPath, [SCRIPT, dist], { encoding: "utf8" });
  const js = /first-load JavaScript\s+([\d.]+) KB/.exec(run.stdout)?.[1];
  const data = /first-load data \(JSON\)\s+([\d.]+) KB/.exec(run.stdout)?.[1];
  return { status: run.status, stdout: run.stdout, js: Number(js), data: Number(data) };
}

describe("the first-load budget script", () => {
  it("counts the entry, its imports, modulepreloads, the largest language's strings and the outline", () => {
    const dist = makeDist(10);
    try {
      const { status, stdout, js, data } = runBudget(dist);
      expect(status).toBe(0);
      const counted = stdout.split("first-load CSS")[0] ?? "";
      for (const name of [
        "index-",
        "shared-",
        "preloaded-",
        "strings-zh-",
        "helper-",
        "outline-page-",
      ]) {
        expect(counted).toContain(`assets/${name}`);
      }
      // One language loads before the first render, not both; lazy views are not counted.
      expect(counted).not.toContain("strings-en-");
      expect(counted).not.toContain("lazy-view-");
      // About 10 + 2 + 1 + 3 + 0.5 + 1 KiB of filler at three quarters, gzipped.
      expect(js).toBeGreaterThan(12);
      expect(js).toBeLessThan(14.5);
      // The preloaded data is reported on its own line, by name.
      expect(data).toBeGreaterThan(2.5);
      expect(stdout).toMatch(/first-load data \(JSON\).*assets\/curriculum-DDDDDDDD\.json/);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it("passes just under the 101 KB gate", () => {
    // About 100.5 KiB.
    const dist = makeDist(125.7);
    try {
      const { status, js, stdout } = runBudget(dist);
      expect(js).toBeGreaterThan(99.5);
      expect(js).toBeLessThanOrEqual(101);
      expect(stdout).not.toContain("OVER");
      expect(status).toBe(0);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it("fails just over the 101 KB gate", () => {
    // About 101.6 KiB.
    const dist = makeDist(127.1);
    try {
      const { status, js, stdout } = runBudget(dist);
      expect(js).toBeGreaterThan(101);
      expect(js).toBeLessThan(102.5);
      expect(stdout).toContain("OVER");
      expect(status).toBe(1);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
