#!/usr/bin/env node
// Reads a built site and fails when what the first page load needs is over budget. What counts
// as the first load is defined in first-load.mjs; other lazy chunks (topic page, graph...) are
// listed but not counted. Sizes are gzip at the default level, in KiB (1,024 bytes), printed
// as "KB". Where the bytes go, module by module: first-load-breakdown.mjs.
// Usage: node scripts/check-budget.mjs [DIST]
import { firstLoadFiles, gzipKb, requireBuiltSite } from "./first-load.mjs";

// The gate, in KiB (1,024 bytes) of gzip: a build over it fails, so the first page only grows if
// something else shrinks or the growth is argued for. The target is 95 KiB of JavaScript; the
// first page measures about 100.4 KiB, so the gate sits at 101, just above what ships, until the
// maintainers choose a way under the target (docs/performance.md lays out the options).
export const BUDGET = { firstLoadJsKb: 101, firstLoadCssKb: 15 };
export const TARGET = { firstLoadJsKb: 95 };

const dist = process.argv[2] ?? "dist";
requireBuiltSite(dist, "run `npm run build` first.");
const gz = (file) => gzipKb(dist, file);
const sum = (files) => [...files].reduce((total, f) => total + gz(f), 0);
const { assets, js: firstJs, css: firstCss, data: firstData } = firstLoadFiles(dist);

const js = sum(firstJs);
const css = sum(firstCss);
const data = sum(firstData);

const lazy = assets
  .filter((f) => /\.(js|css)$/.test(f) && !firstJs.has(f) && !firstCss.has(f))
  .map((f) => ({ file: f, kb: gz(f) }))
  .sort((a, b) => b.kb - a.kb);

const size = (kb) => `${kb.toFixed(1).padStart(6)} KB gzip`;
const line = (label, kb, budget) =>
  `${label.padEnd(22)} ${size(kb)} = ${Math.round(kb * 1024)} bytes  (budget ${budget} KB = ${budget * 1024} bytes)  ${kb <= budget ? "ok" : "OVER"}`;
console.log(line("first-load JavaScript", js, BUDGET.firstLoadJsKb));
for (const file of [...firstJs].sort()) console.log(`  ${size(gz(file))}  ${file}`);
console.log(
  `  target ${TARGET.firstLoadJsKb} KB: ${js <= TARGET.firstLoadJsKb ? "met" : `not met (${(js - TARGET.firstLoadJsKb).toFixed(1)} KB over)`}`,
);
console.log(line("first-load CSS", css, BUDGET.firstLoadCssKb));
console.log(
  `${"first-load data (JSON)".padEnd(22)} ${size(data)}  (preloaded alongside the scripts: ${[...firstData].join(", ") || "none"})`,
);
console.log(
  `loaded on demand: ${lazy.length} files, ${lazy.reduce((t, f) => t + f.kb, 0).toFixed(1)} KB gzip`,
);
for (const { file, kb } of lazy.slice(0, 6)) console.log(`  ${size(kb)}  ${file}`);

if (js > BUDGET.firstLoadJsKb || css > BUDGET.firstLoadCssKb) {
  console.error("Budget exceeded: keep the first page lean (load views and libraries on demand).");
  process.exit(1);
}
