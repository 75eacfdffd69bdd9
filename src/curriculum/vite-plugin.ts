/**
 * The Vite plugin that turns the curriculum folder into what the app loads, through one module,
 * `virtual:jiewang/curriculum`: `loadCurriculum()`, `loadTopicBody(id, lang)` and `loadLayout()`.
 * A build writes the data as content-hashed JSON files in the assets folder (the core data,
 * which index.html preloads; the graph layout; one file per topic body and language) and the
 * module fetches them. The dev server serves the data as modules instead (`virtual:jiewang/
 * layout`, `virtual:jiewang/bodies`, one module per body). Bodies ship as HTML rendered here,
 * in Node, so the browser needs no Markdown or math renderer. The build validates first and
 * fails with every problem; the dev server shows them in Vite's error overlay and reloads the
 * page when a curriculum file (or the body renderer) changes.
 */
import { dirname, resolve } from "node:path";
import { type Plugin, runnerImport, type ViteDevServer } from "vite";
import { isCurriculumFile, TOPICS_DIR } from "./folder.ts";
import { displayPath, formatProblem, type LoadResult, loadCurriculumDir } from "./index.ts";
import { oneLine, type Problem } from "./problems.ts";
import type { CompileOutput, ImageAsset } from "./types.ts";
import {
  type BodyRenderer,
  BodyRenderError,
  bodiesModule,
  bodyModule,
  DATA_LINK_ID,
  dataFiles,
  fetchedBodiesModule,
  fetchedCurriculumModule,
  inlineCurriculumModule,
  jsonModule,
  parseBodyId,
  VIRTUAL,
} from "./virtual-code.ts";

export interface CurriculumPluginOptions {
  /** The curriculum folder; relative paths are taken from the current directory. */
  readonly dir: string;
  /** Renders bodies to HTML; default: the project's renderer (src/render/body-html.tsx). */
  readonly renderBody?: BodyRenderer;
}

/** The project's body renderer: a React module, so it is loaded through Vite, not imported. */
const RENDERER_FILE = resolve(import.meta.dirname, "../render/body-html.tsx");

interface LoadedRenderer {
  readonly render: BodyRenderer;
  /** Source files it was loaded from, so the dev server can reload it when one changes. */
  readonly files: ReadonlySet<string>;
}

/**
 * Loads the project's renderer with Vite's module runner: it is TSX and imports the UI strings,
 * which Node cannot load as they are, and importing it here would put React into the config
 * bundle of every Vite command.
 */
async function loadProjectRenderer(): Promise<LoadedRenderer> {
  const { module, dependencies } = await runnerImport<{ renderBodyHtml: BodyRenderer }>(
    RENDERER_FILE,
    { root: resolve(dirname(RENDERER_FILE), "../.."), logLevel: "warn" },
  );
  return {
    render: module.renderBodyHtml,
    files: new Set([RENDERER_FILE, ...dependencies].map((file) => resolve(file))),
  };
}

/**
 * The curriculum folder named by `CURRICULUM_DIR`, resolved against the directory the command
 * was typed in (npm runs scripts from the package root but keeps that directory in INIT_CWD);
 * `curriculum` in the package root when unset.
 */
export function curriculumDirFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): string {
  const chosen = env.CURRICULUM_DIR?.trim();
  return chosen ? resolve(env.INIT_CWD ?? cwd, chosen) : resolve(cwd, "curriculum");
}

const PLUGIN_NAME = "jiewang-curriculum";
const RESOLVED_PREFIX = "\0";

/**
 * Fails the build with `message`. Under the `vite build` command the message is printed as it
 * is and the process ends with exit code 1: the command would print any error it gets with a
 * stack trace of the bundler's own, which says nothing to someone fixing a curriculum.
 * Elsewhere (a build started from code, as tests do) it is an ordinary plugin error.
 */
function failBuild(message: string, error: (message: string) => never): never {
  if (!isViteBuildCommand()) return error(message);
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function isViteBuildCommand(): boolean {
  const script = process.argv[1] ?? "";
  return /(^|[\\/])vite(\.js)?$/.test(script) && process.argv.slice(2).includes("build");
}

/** An address relative to the page (index.html) for a file of the build. */
function pageRelative(base: string, file: string): string {
  return `${base === "" || base === "./" ? "./" : base}${file}`;
}

/** The dev server shows images inline (the site's policy allows data: images). */
function dataUrl(image: ImageAsset): string {
  const type = image.name.endsWith(".jpg") ? "jpeg" : (image.name.split(".").pop() ?? "png");
  return `data:image/${type};base64,${Buffer.from(image.bytes).toString("base64")}`;
}

/**
 * Runs the compiler; a failure of its own (a bug) becomes one problem naming the folder, so the
 * build and the dev server report it like any other, without a stack trace.
 */
function guarded(dir: string, compile: () => LoadResult): LoadResult {
  try {
    return compile();
  } catch (error) {
    return {
      problems: [
        { file: dir, message: `could not be compiled: ${oneLine(error)}`, severity: "error" },
      ],
      slotsWritten: false,
    };
  }
}

export function curriculumPlugin(options: CurriculumPluginOptions): Plugin {
  const dir = resolve(options.dir);
  const reportBase = process.env.INIT_CWD ?? process.cwd();
  let isBuild = false;
  let cached: LoadResult | undefined;
  let assetsDir = "assets";
  let base = "./";
  /** The core data file of the current build (path in the output folder); unset on the dev server. */
  let coreFile: string | undefined;
  let renderer: Promise<LoadedRenderer> | undefined;
  // Loaded once, on first need; a failed load is tried again next time.
  const bodyRenderer = async (): Promise<BodyRenderer> => {
    if (options.renderBody) return options.renderBody;
    renderer ??= loadProjectRenderer().catch((error: unknown) => {
      renderer = undefined;
      throw error;
    });
    return (await renderer).render;
  };

  // The dev server never writes slots.json: half-saved files must not use up slots for good.
  const compile = (): LoadResult => {
    cached ??= loadCurriculumDir(dir, { writeSlots: isBuild });
    return cached;
  };
  /** A body the renderer failed on, named by its file; never a stack trace. */
  const renderFailure = (error: unknown, output: CompileOutput): string => {
    if (!(error instanceof BodyRenderError)) {
      return `the curriculum in ${displayPath(dir, reportBase)} could not be built: ${oneLine(error)}`;
    }
    const primary = output.curriculum.languages[0];
    const name = error.lang === primary ? `${error.id}.md` : `${error.id}.${error.lang}.md`;
    const file = displayPath(resolve(dir, TOPICS_DIR, name), reportBase);
    return `${file}: the body could not be rendered: ${oneLine(error.message)}`;
  };
  const failure = (problems: readonly Problem[]): string => {
    const errors = problems.filter((problem) => problem.severity === "error");
    const lines = errors.map((problem) => formatProblem(problem, reportBase));
    const count = `${errors.length} error${errors.length === 1 ? "" : "s"}`;
    return `the curriculum in ${displayPath(dir, reportBase)} has ${count}:\n${lines.join("\n")}`;
  };

  return {
    name: PLUGIN_NAME,
    configResolved(config) {
      isBuild = config.command === "build";
      assetsDir = config.build.assetsDir;
      base = config.base;
    },
    async buildStart() {
      if (!isBuild) return;
      cached = undefined;
      coreFile = undefined;
      const result = guarded(dir, compile);
      for (const problem of result.problems) {
        if (problem.severity === "warning") this.warn(formatProblem(problem, reportBase));
      }
      if (!result.output) return failBuild(failure(result.problems), (m) => this.error(m));
      // Names fixed here (not left to Rollup) so index.html can name the core file up front.
      const inAssets = (name: string) => `${assetsDir}/${name}`.replace(/^\/+/, "");
      const output = result.output;
      const render = await bodyRenderer();
      const imageUrl = (image: ImageAsset) => pageRelative(base, inAssets(image.name));
      let files: ReturnType<typeof dataFiles>;
      try {
        files = dataFiles(output, render, imageUrl);
      } catch (error) {
        return failBuild(renderFailure(error, output), (m) => this.error(m));
      }
      for (const file of [files.core, ...files.others]) {
        this.emitFile({ type: "asset", fileName: inAssets(file.name), source: file.source });
      }
      for (const image of Object.values(output.images)) {
        this.emitFile({ type: "asset", fileName: inAssets(image.name), source: image.bytes });
      }
      coreFile = inAssets(files.core.name);
    },
    transformIndexHtml() {
      if (!isBuild || coreFile === undefined) return undefined;
      // Starts the download together with the scripts, and tells them where the data is;
      // `crossorigin` matches fetch()'s defaults, so the browser reuses the preloaded response.
      const href = pageRelative(base, coreFile);
      return [
        {
          tag: "link",
          attrs: { rel: "preload", as: "fetch", crossorigin: "anonymous", id: DATA_LINK_ID, href },
          injectTo: "head",
        },
      ];
    },
    configureServer(server: ViteDevServer) {
      // The project root is watched already; a CURRICULUM_DIR elsewhere is not.
      server.watcher.add(dir);
    },
    resolveId(source) {
      if (
        source === VIRTUAL.curriculum ||
        source === VIRTUAL.layout ||
        source === VIRTUAL.bodies ||
        source === VIRTUAL.fetchedBodies
      ) {
        return RESOLVED_PREFIX + source;
      }
      if (parseBodyId(source)) return RESOLVED_PREFIX + source;
      return undefined;
    },
    async load(id) {
      if (!id.startsWith(RESOLVED_PREFIX)) return undefined;
      const source = id.slice(RESOLVED_PREFIX.length);
      // The same for every curriculum: no need to compile it.
      if (source === VIRTUAL.fetchedBodies) return fetchedBodiesModule();
      const body = parseBodyId(source);
      if (
        source !== VIRTUAL.curriculum &&
        source !== VIRTUAL.layout &&
        source !== VIRTUAL.bodies &&
        !body
      ) {
        return undefined;
      }
      const { output, problems } = guarded(dir, compile);
      if (!output) return this.error(failure(problems));
      if (source === VIRTUAL.curriculum) {
        if (isBuild) return fetchedCurriculumModule();
        try {
          return inlineCurriculumModule(output, await bodyRenderer());
        } catch (error) {
          return this.error(renderFailure(error, output));
        }
      }
      if (source === VIRTUAL.layout) return jsonModule(output.layout);
      if (source === VIRTUAL.bodies) return bodiesModule(output);
      if (body) {
        try {
          const code = bodyModule(output, body[0], body[1], await bodyRenderer(), dataUrl);
          return code ?? "export default undefined;\n";
        } catch (error) {
          return this.error(renderFailure(error, output));
        }
      }
      return undefined;
    },
    async hotUpdate({ file }) {
      if (this.environment.name !== "client") return;
      // The renderer's own files (it, the UI strings it uses): load it afresh and redo the bodies.
      const loaded = await renderer?.catch(() => undefined);
      const rendererFile = loaded?.files.has(resolve(file)) ?? false;
      if (!rendererFile && !isCurriculumFile(dir, file)) return;
      if (rendererFile) renderer = undefined;
      cached = undefined;
      const graph = this.environment.moduleGraph;
      for (const module of graph.idToModuleMap.values()) {
        if (module.id?.startsWith(`${RESOLVED_PREFIX}virtual:jiewang/`))
          graph.invalidateModule(module);
      }
      // Reload rather than patch: the page may not have rendered at all if the last version was broken.
      this.environment.hot.send({ type: "full-reload", path: "*" });
      return [];
    },
  };
}
