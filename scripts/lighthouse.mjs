#!/usr/bin/env node
// `npm run lighthouse`: audits the built site (mobile, simulated throttling — Lighthouse's
// defaults) on the outline and a topic page, five runs each, and gates on the medians:
// performance >= 90, accessibility 100, best practices 100, SEO >= 90. Every run also says
// whether the performance target of 95 is met. dist/ is served by scripts/static-server.mjs,
// gzip-compressed as static hosts serve it. Builds dist/ first when it is missing.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromiumArgs, requireChromium } from "./chromium.mjs";

const chrome = requireChromium();
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const GATE = { performance: 90, accessibility: 100, "best-practices": 100, seo: 90 };
// The target; the gate above is lower because single runs on a shared 2-core machine
// swing by several points. Medians today: see README, "Performance".
const PERFORMANCE_TARGET = 95;
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
      if (row[key] < GATE[key]) failed = true;
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
  console.log(
    `performance target (${PERFORMANCE_TARGET}) ${r.performance >= PERFORMANCE_TARGET ? "met" : "NOT MET"} on ${r.page}: ${r.performance}`,
  );
}
if (failed) {
  console.error(
    `\nLighthouse gate missed (performance >= ${GATE.performance}, accessibility ${GATE.accessibility}, best practices ${GATE["best-practices"]}, SEO >= ${GATE.seo}).`,
  );
  process.exit(1);
}
