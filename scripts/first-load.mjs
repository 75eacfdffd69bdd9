// Which files of a built site the first page load needs. Shared by the budget gate
// (check-budget.mjs) and the per-module breakdown (first-load-breakdown.mjs).
//
// First-load JavaScript = the scripts index.html references (the entry), the chunks Vite marked
// for modulepreload, every chunk those import statically, the UI strings of one language
// (assets/strings-<lang>-<hash>.js, loaded before the first render; the largest language is
// counted) and the outline's view (assets/outline-page-<hash>.js, the page a first visit opens,
// packed with the row, badges and links it imports), each with what it imports. The data
// index.html preloads (the curriculum JSON) is listed apart: it is not JavaScript, but the first
// page needs it too.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { gzipSync } from "node:zlib";

/** Gzip size (default level) of a file of `dist`, in KiB. */
export const gzipKb = (dist, file) => gzipSync(readFileSync(join(dist, file))).length / 1024;

/** Exits with a message when `dist` holds no built site (`how` says how to make one). */
export function requireBuiltSite(dist, how) {
  if (existsSync(join(dist, "index.html"))) return;
  console.error(`No built site in ${dist} (no index.html): ${how}`);
  process.exit(1);
}

/**
 * The first page's files of the site in `dist`, as paths relative to it: `js`, `css` and `data`
 * (preloaded JSON), plus every asset (`assets`) for listing what loads on demand.
 */
export function firstLoadFiles(dist) {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const refs = (pattern) =>
    [...html.matchAll(pattern)].map((m) => posix.normalize(m[1].replace(/^\.\//, "")));
  const sum = (files) => [...files].reduce((total, f) => total + gzipKb(dist, f), 0);

  /** `files` plus every chunk they import statically, transitively. */
  const withStaticImports = (files) => {
    const all = new Set();
    const visit = (file) => {
      if (all.has(file) || !existsSync(join(dist, file))) return;
      all.add(file);
      const code = readFileSync(join(dist, file), "utf8");
      // Minified static imports: `import{a as b}from"./x.js"` and `import"./x.js"`.
      for (const m of code.matchAll(
        /\bimport\s*(?:[\w$*{}\s,]+from\s*)?["'](\.\.?\/[^"']+\.js)["']/g,
      ))
        visit(posix.join(dirname(file), m[1]));
    };
    for (const file of files) visit(file);
    return all;
  };

  const assets = readdirSync(join(dist, "assets")).map((f) => `assets/${f}`);
  const entry = withStaticImports([
    ...refs(/<script[^>]+src="([^"]+)"/g),
    ...refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ]);
  /** The chunks named `name`, each with what it imports that the entry does not. */
  const beyondEntry = (name) =>
    assets
      .filter((f) => name.test(f))
      .map((f) => [...withStaticImports([f])].filter((x) => !entry.has(x)));
  const languages = beyondEntry(/^assets\/strings-[a-z-]+-[\w-]+\.js$/).sort(
    (a, b) => sum(b) - sum(a),
  );
  const outline = beyondEntry(/^assets\/outline-page-[\w-]+\.js$/).flat();
  return {
    assets,
    js: new Set([...entry, ...(languages[0] ?? []), ...outline]),
    css: new Set(refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)),
    data: new Set(refs(/<link[^>]+rel="preload"[^>]+as="fetch"[^>]+href="([^"]+)"/g)),
  };
}
