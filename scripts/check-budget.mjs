#!/usr/bin/env node
// Reads a built site and fails when what the first page load needs is over budget.
// First load = the entry script and stylesheet that index.html references, plus the chunks
// Vite marked for modulepreload (static imports). Lazy chunks (topic page, graph...) are listed
// but not counted. Usage: node scripts/check-budget.mjs [DIST]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export const BUDGET = { firstLoadJsKb: 80, firstLoadCssKb: 15 };

const dist = process.argv[2] ?? "dist";
const html = readFileSync(join(dist, "index.html"), "utf8");
const refs = (pattern) => [...html.matchAll(pattern)].map((m) => m[1].replace(/^\.\//, ""));
const firstJs = new Set([
  ...refs(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
  ...refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
]);
const firstCss = new Set(refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g));

const gz = (file) => gzipSync(readFileSync(join(dist, file))).length / 1024;
const sum = (files) => [...files].reduce((total, f) => total + gz(f), 0);
const js = sum(firstJs);
const css = sum(firstCss);

const lazy = readdirSync(join(dist, "assets"))
  .map((f) => `assets/${f}`)
  .filter((f) => /\.(js|css)$/.test(f) && !firstJs.has(f) && !firstCss.has(f))
  .map((f) => ({ file: f, kb: gz(f) }))
  .sort((a, b) => b.kb - a.kb);

const line = (label, kb, budget) =>
  `${label.padEnd(22)} ${kb.toFixed(1).padStart(6)} KB gzip  (budget ${budget} KB)  ${kb <= budget ? "ok" : "OVER"}`;
console.log(line("first-load JavaScript", js, BUDGET.firstLoadJsKb));
console.log(line("first-load CSS", css, BUDGET.firstLoadCssKb));
console.log(
  `loaded on demand: ${lazy.length} files, ${lazy.reduce((t, f) => t + f.kb, 0).toFixed(1)} KB gzip`,
);
for (const { file, kb } of lazy.slice(0, 6))
  console.log(`  ${kb.toFixed(1).padStart(6)} KB  ${file}`);

if (js > BUDGET.firstLoadJsKb || css > BUDGET.firstLoadCssKb) {
  console.error("Budget exceeded: keep the first page lean (load views and libraries on demand).");
  process.exit(1);
}
