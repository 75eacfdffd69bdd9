#!/usr/bin/env node
// Where the first page's JavaScript goes: for each group of source modules (a package of
// node_modules, a folder of src/), the minified bytes it adds and what it costs in gzip. The
// gzip cost of a group is its marginal cost: the gzip size of its chunk minus the gzip size of
// that chunk with the group's bytes cut out, so shared patterns are not counted twice and the
// figures sum to about the whole. Needs a build with source maps:
//   npx vite build --sourcemap --outDir dist-sourcemap && node scripts/first-load-breakdown.mjs dist-sourcemap
// (`npm run budget:breakdown` does both.) Bytes no source map names are listed as "(bundler)".
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { SourceMapConsumer } from "source-map-js";
import { firstLoadFiles, requireBuiltSite } from "./first-load.mjs";

/** The group a source belongs to: a package, `src/<folder>` or `src/ui/<folder>`. */
export function groupOf(source) {
  if (source === null) return "(bundler)";
  const inPackages = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (inPackages) return inPackages[1];
  const inSrc = /(?:^|\/)src\/(.*)$/.exec(source);
  if (!inSrc) return source;
  const parts = inSrc[1].split("/");
  const depth = parts[0] === "ui" ? 2 : 1;
  return `src/${parts.slice(0, Math.min(depth, parts.length - 1)).join("/") || parts[0]}`;
}

/** Byte ranges of `code` per group, from its source map. */
export function rangesByGroup(code, map) {
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === "\n") lineStarts.push(i + 1);
  const offset = (line, column) => (lineStarts[line - 1] ?? code.length) + column;
  const mappings = [];
  new SourceMapConsumer(map).eachMapping(
    (m) => mappings.push(m),
    null,
    SourceMapConsumer.GENERATED_ORDER,
  );
  const ranges = new Map();
  // Bytes before the first mapping belong to no source.
  const first = mappings[0];
  const add = (group, start, end) => {
    if (end <= start) return;
    if (!ranges.has(group)) ranges.set(group, []);
    ranges.get(group).push([start, end]);
  };
  if (first) add("(bundler)", 0, offset(first.generatedLine, first.generatedColumn));
  else add("(bundler)", 0, code.length);
  mappings.forEach((m, i) => {
    const next = mappings[i + 1];
    const start = offset(m.generatedLine, m.generatedColumn);
    const end = next ? offset(next.generatedLine, next.generatedColumn) : code.length;
    add(groupOf(m.source), start, end);
  });
  return ranges;
}

/** Per group of `code`: minified bytes and marginal gzip bytes. */
export function marginalCosts(code, ranges) {
  const whole = gzipSync(code).length;
  return [...ranges].map(([group, spans]) => {
    const cut = new Uint8Array(code.length);
    let bytes = 0;
    for (const [start, end] of spans) {
      cut.fill(1, start, end);
      bytes += end - start;
    }
    let rest = "";
    for (let i = 0, from = 0; i <= code.length; i++) {
      if (i === code.length || cut[i] === 1) {
        rest += code.slice(from, i);
        while (i < code.length && cut[i] === 1) i++;
        from = i;
      }
    }
    return { group, bytes, gzip: whole - gzipSync(rest).length };
  });
}

function main() {
  const dist = process.argv[2] ?? "dist-sourcemap";
  requireBuiltSite(dist, "build one with source maps, e.g. `npm run budget:breakdown`.");
  const totals = new Map();
  let whole = 0;
  for (const file of firstLoadFiles(dist).js) {
    const code = readFileSync(join(dist, file), "utf8").replace(/\n\/\/# sourceMappingURL=.*$/, "");
    whole += gzipSync(code).length;
    const mapFile = join(dist, `${file}.map`);
    const rows = existsSync(mapFile)
      ? marginalCosts(code, rangesByGroup(code, JSON.parse(readFileSync(mapFile, "utf8"))))
      : [{ group: file, bytes: code.length, gzip: gzipSync(code).length }];
    for (const { group, bytes, gzip } of rows) {
      const total = totals.get(group) ?? { bytes: 0, gzip: 0 };
      totals.set(group, { bytes: total.bytes + bytes, gzip: total.gzip + gzip });
    }
  }
  const kb = (n) => (n / 1024).toFixed(1).padStart(6);
  console.log(`first-load JavaScript: ${kb(whole)} KB gzip in all; marginal gzip per group:`);
  console.log(`${"gzip KB".padStart(8)} ${"min KB".padStart(7)}  group`);
  for (const [group, { bytes, gzip }] of [...totals].sort((a, b) => b[1].gzip - a[1].gzip)) {
    console.log(`${kb(gzip).padStart(8)} ${kb(bytes).padStart(7)}  ${group}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
