#!/usr/bin/env node
// `npm run lighthouse`: audits the built site (mobile, simulated throttling — Lighthouse's
// defaults) on the outline and a topic page, five runs each, and gates on the medians:
// accessibility 100, best practices 100, SEO >= 90. Performance has a target of 90 (98 ideally),
// which both pages meet on a quiet machine but only by a few points (see README, "Performance").
// CI gates each page on a regression floor about ten points under its medians instead, so a
// noisy hour on this shared machine does not fail CI but a real regression does, and every run
// says plainly whether the target is met. dist/ is served by scripts/static-server.mjs,
// gzip-compressed as static hosts serve it. Builds dist/ first when it is missing.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromiumArgs, requireChromium } from "./chromium.mjs";

const chrome = requireChromium();
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const GATE = { accessibility: 100, "best-practices": 100, seo: 90 };
const PERFORMANCE_TARGET = 90;
// Per page, the performance median a run must reach. Outline: medians of five runs 92-95 (runs
// 85-97) since hydration stopped redrawing the page. Topic page: median 93 (runs 90-95) on a
// quiet machine, 91 and 90 (runs 86-93) in two fresh-clone CI runs, since formulas are MathML
// (no KaTeX stylesheet, fonts or HTML copy to lay out); what is left is the first layout of
// the page's text, most of it the browser's font lookups.
const PERFORMANCE_GATE = { outline: 85, topic: 82 };
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4499);

if (!existsSync("dist/index.html")) {
  const build = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// The topic page audited is the curriculum's goal: it has the longest body and math.
const goal = (() => {
  const text = readFileSync("curriculum/curriculum.yaml", "utf8");
  return /^goal:\s*([a-z0-9-]+)/m.exec(text)?.[1] ?? "";
})();

const server = spawn(
  "node",
  ["scripts/static-server.mjs", "--root", "dist", "--port", String(port)],
  {
    stdio: "ignore",
  },
);
await new Promise((resolve) => setTimeout(resolve, 600));

const base = `http://127.0.0.1:${port}/`;
const pages = [
  { name: "outline", url: `${base}#/` },
  { name: "topic", url: `${base}#/topic/${goal}` },
];
mkdirSync("reports", { recursive: true });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const rows = [];
let failed = false;
try {
  for (const page of pages) {
    const scores = { performance: [], accessibility: [], "best-practices": [], seo: [] };
    for (let run = 1; run <= RUNS; run += 1) {
      const out = join("reports", `lighthouse-${page.name}-${run}.json`);
      const result = spawnSync(
        "npx",
        [
          "lighthouse",
          page.url,
          "--quiet",
          "--output=json",
          `--output-path=${out}`,
          `--chrome-flags=${chromiumArgs.join(" ")}`,
          "--only-categories=performance,accessibility,best-practices,seo",
        ],
        { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CHROME_PATH: chrome } },
      );
      if (result.status !== 0) throw new Error(`lighthouse failed on ${page.url}`);
      const report = JSON.parse(readFileSync(out, "utf8"));
      for (const key of Object.keys(scores)) {
        scores[key].push(Math.round((report.categories[key]?.score ?? 0) * 100));
      }
      if (run === 1) {
        const failing = Object.values(report.audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
          .map((a) => a.id);
        if (failing.length)
          console.log(`  ${page.name}: failing binary audits: ${failing.join(", ")}`);
      }
    }
    const row = { page: page.name };
    for (const [key, values] of Object.entries(scores)) {
      row[key] = median(values);
      const floor = key === "performance" ? PERFORMANCE_GATE[page.name] : GATE[key];
      if (row[key] < floor) failed = true;
    }
    row.runs = scores.performance.join("/");
    rows.push(row);
  }
} finally {
  server.kill();
}

console.log(`\nLighthouse (mobile, simulated throttling), median of ${RUNS} runs:\n`);
console.log("| page | performance | accessibility | best practices | SEO | performance runs |");
console.log("|---|---|---|---|---|---|");
for (const r of rows) {
  console.log(
    `| ${r.page} | ${r.performance} | ${r.accessibility} | ${r["best-practices"]} | ${r.seo} | ${r.runs} |`,
  );
}
for (const r of rows) {
  if (r.performance < PERFORMANCE_TARGET) {
    console.log(
      `performance target NOT MET on ${r.page}: ${r.performance} < ${PERFORMANCE_TARGET} (regression floor ${PERFORMANCE_GATE[r.page]})`,
    );
  }
}
if (failed) {
  console.error(
    `\nLighthouse gate missed (accessibility ${GATE.accessibility}, best practices ${GATE["best-practices"]}, SEO >= ${GATE.seo}, performance ${JSON.stringify(PERFORMANCE_GATE)}).`,
  );
  process.exit(1);
}
