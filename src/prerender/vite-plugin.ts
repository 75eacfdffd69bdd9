/**
 * Build-time prerendering of the outline (see render-outline.tsx and boot.ts). After the bundle
 * is generated it
 * - renders the outline page in each language of the curriculum into index.html's root, hidden
 *   until the boot script picks the one the app is about to render;
 * - builds the boot script as a classic script and loads it from index.html's head, with the
 *   curriculum's languages, the UI strings chunks and the app's entry as its config; the boot
 *   script starts the app, so index.html only preloads the entry.
 * Builds only: the dev server renders in the browser as before.
 */
import { posix, resolve } from "node:path";
import { build, type Plugin, type Rolldown, runnerImport } from "vite";
import type { CompiledCurriculum } from "../curriculum/types.ts";
import { type DataFileNames, VIRTUAL } from "../curriculum/virtual-code.ts";
import { pickUiLang } from "../i18n/languages.ts";

const RENDER_FILE = resolve(import.meta.dirname, "render-outline.tsx");
const BOOT_ENTRY = resolve(import.meta.dirname, "boot-entry.ts");

/**
 * Past this size a language's prerendered outline costs more to download than it saves: the
 * page then waits for the app, as it does for returning learners.
 */
export const MAX_PRERENDER_CHARS = 250_000;

/** The boot script, minified, as a classic script (an IIFE). */
async function buildBootScript(root: string): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    logLevel: "silent",
    build: {
      write: false,
      minify: true,
      target: "es2020",
      lib: { entry: BOOT_ENTRY, formats: ["iife"], name: "jiewangBoot", fileName: "boot" },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if (!("output" in output)) continue;
    const chunk = output.output.find((file) => file.type === "chunk");
    if (chunk?.type === "chunk") return chunk.code;
  }
  throw new Error("the boot script build produced no code");
}

const escapeAttribute = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");

/** index.html with the boot script, the prerendered pages and their show/hide rules added. */
export function withPrerender(
  html: string,
  parts: {
    readonly bootFile: string;
    readonly config: object;
    readonly pages: readonly { readonly lang: string; readonly markup: string }[];
  },
): string {
  const bootTag = `<script src="./${parts.bootFile}" data-config="${escapeAttribute(JSON.stringify(parts.config))}"></script>`;
  // Hidden until the boot script names one; `display: contents` keeps the page's layout exactly
  // that of the app's own root. `inert`: a preview cannot be clicked or focused.
  const shown = parts.pages
    .map(({ lang }) => `html[data-prerender="${lang}"] .prerender[data-lang="${lang}"]`)
    .join(",");
  const style = parts.pages.length
    ? `<style>.prerender{display:none}${shown}{display:contents}</style>`
    : "";
  const pages = parts.pages
    .map(
      ({ lang, markup }) =>
        `<div class="prerender" data-lang="${escapeAttribute(lang)}" inert>${markup}</div>`,
    )
    .join("");
  const noscript = `<noscript><p lang="zh">结网需要 JavaScript 才能运行。</p><p lang="en">Jiewang needs JavaScript to run.</p></noscript>`;
  return html
    .replace("</head>", `    ${style}${bootTag}\n  </head>`)
    .replace('<div id="root"></div>', `<div id="root">${pages}</div>${noscript}`);
}

/** Each lazy view's chunk in the bundle, by the route that shows it. */
const VIEW_CHUNKS: Readonly<Record<string, string>> = {
  topic: "topic-page",
  plan: "plan-page",
  graph: "graph-page",
  share: "share-page",
};

/**
 * Per route, the files (relative to index.html) its view loads on demand: the deferred chunk
 * and the progress write side, the view's chunk, the chunks they import, their CSS, the views'
 * UI strings and the data file the view fetches first
 * (`dataFiles`: per route, a path in the output folder — the index of topic bodies for a topic
 * page, the layout for the graph). Shared first-load chunks excluded.
 */
export function viewFiles(
  bundle: Rolldown.OutputBundle,
  dataFiles: Readonly<Record<string, string | undefined>>,
): Record<string, string[]> {
  const chunks = Object.values(bundle).filter((file) => file.type === "chunk");
  const byName = (name: string) => chunks.find((chunk) => chunk.name === name);
  const strings = byName("view-strings");
  // A topic page finds its body's file with code of its own (the curriculum plugin's module).
  const bodiesLoader = chunks.find((chunk) =>
    chunk.facadeModuleId?.endsWith(VIRTUAL.fetchedBodies),
  );
  const routes: Record<string, string[]> = {};
  for (const [route, name] of Object.entries(VIEW_CHUNKS)) {
    const view = byName(name);
    if (!view) continue;
    const files = new Set<string>();
    const visit = (fileName: string) => {
      const chunk = chunks.find((candidate) => candidate.fileName === fileName);
      if (!chunk || chunk.isEntry || files.has(fileName)) return;
      files.add(fileName);
      for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
      for (const imported of chunk.imports) visit(imported);
    };
    // Every view but the outline comes with the deferred chunk (src/ui/later-views.tsx), which
    // loads the progress write side alongside: all three are needed before the view renders.
    const own = route === "topic" ? [bodiesLoader] : [];
    for (const chunk of [byName("deferred-parts"), byName("write-side"), view, strings, ...own]) {
      if (chunk) visit(chunk.fileName);
    }
    // Fetched by the view once it has mounted: asking now saves a round trip after the chunks.
    const data = dataFiles[route];
    if (data) files.add(data);
    routes[route] = [...files].map((file) => `./${file}`);
  }
  return routes;
}

export function prerenderPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: "jiewang:prerender",
    apply: "build",
    enforce: "post",
    configResolved(config) {
      root = config.root;
    },
    async generateBundle(_options, bundle) {
      const index = bundle["index.html"];
      if (index?.type !== "asset") return;
      const data = Object.values(bundle).find(
        (file) => file.type === "asset" && /(^|\/)curriculum-[^/]*\.json$/.test(file.fileName),
      );
      if (data?.type !== "asset") return this.error("prerender: no curriculum data in the build");
      const { curriculum, files } = JSON.parse(String(data.source)) as {
        curriculum: CompiledCurriculum;
        files?: DataFileNames;
      };
      // The core data names its other files relative to its own folder.
      const besideCore = (name: string | undefined) =>
        name && posix.join(posix.dirname(data.fileName), name);
      // A topic page asks for the index of topic bodies (then its body); the graph its layout.
      const dataFiles = { topic: besideCore(files?.bodies), graph: besideCore(files?.layout) };

      const chunkOf: Record<string, string> = {};
      for (const file of Object.values(bundle)) {
        const lang = file.type === "chunk" ? /^first-page-([a-z]+)$/.exec(file.name)?.[1] : null;
        if (lang) chunkOf[lang] = `./${file.fileName}`;
      }
      // Each reading language's UI strings (a language without its own falls back, as in the app).
      const strings: Record<string, string> = {};
      for (const lang of curriculum.languages) {
        const chunk = chunkOf[pickUiLang(lang)];
        if (chunk) strings[lang] = chunk;
      }

      const { module } = await runnerImport<typeof import("./render-outline.tsx")>(RENDER_FILE, {
        root,
        logLevel: "warn",
      });
      const pages: { lang: string; markup: string }[] = [];
      for (const lang of curriculum.languages) {
        const markup = await module.renderOutlineHtml(curriculum, lang);
        // A part that suspended or threw is left for the browser to draw (React marks it
        // `<!--$!-->`), which it reports as an error while taking the page over.
        if (markup.includes("<!--$!-->")) {
          return this.error(
            `prerender: part of the ${lang} outline could not render at build time`,
          );
        }
        if (markup.length <= MAX_PRERENDER_CHARS) pages.push({ lang, markup });
        else this.warn(`prerender: the ${lang} outline is too large to prerender; skipped`);
      }

      const bootFile = this.getFileName(
        this.emitFile({ type: "asset", name: "boot.js", source: await buildBootScript(root) }),
      );
      // The boot script starts the app (see startApp in boot.ts); index.html only preloads it.
      const html = String(index.source);
      const entryTag = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
      if (!entryTag?.[1]) return this.error("prerender: index.html has no entry module script");
      const entry = entryTag[1];
      const config = {
        languages: curriculum.languages,
        prerendered: pages.map((page) => page.lang),
        strings,
        entry,
        routes: viewFiles(bundle, dataFiles),
      };
      index.source = withPrerender(
        html.replace(entryTag[0], `<link rel="modulepreload" crossorigin href="${entry}">`),
        { bootFile, config, pages },
      );
    },
  };
}
