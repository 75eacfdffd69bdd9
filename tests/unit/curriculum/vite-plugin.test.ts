import { spawnSync } from "node:child_process";
import {
  appendFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build, createServer } from "vite";
import { curriculumDirFromEnv, curriculumPlugin } from "../../../src/curriculum/vite-plugin";
import { pngBytes, writeFixture } from "../../fixtures/curriculum-factory";
import { copyFixture, fixture } from "./fixtures";

const ROOT = join(__dirname, "../../..");

const ENTRY = `export { loadCurriculum, loadLayout, loadTopicBody } from "virtual:jiewang/curriculum";\n`;

/**
 * Loads the built entry in a separate Node process (the test runner's module loader cannot
 * import built files) and returns what `probe` computes from its exports, as JSON. There,
 * `fetch` reads file: URLs from disk (a 404 for a missing file) and records the names asked
 * for, and the page's data link names `dataFile`, as index.html does in a real build.
 */
function runBuilt(entryFile: string, dataFile: string, probe: string): unknown {
  const script = `const { readFile } = await import("node:fs/promises");
globalThis.fetched = [];
globalThis.fetch = async (url) => {
  globalThis.fetched.push(String(url).split("/").pop());
  try {
    return new Response(await readFile(new URL(url)));
  } catch {
    return new Response("", { status: 404 });
  }
};
const link = { href: ${JSON.stringify(pathToFileURL(dataFile).href)} };
// createElement: the bundler's loader of lazy chunks probes <link> support when it starts.
globalThis.document = {
  getElementById: (id) => (id === "jiewang-data" ? link : null),
  createElement: () => ({}),
};
const app = await import(${JSON.stringify(pathToFileURL(entryFile).href)});
console.log(JSON.stringify(await (async () => { ${probe} })()));`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

/**
 * Builds a small app that imports the curriculum module for the curriculum in `dir`: from a
 * script entry (`main.js`, whose exports the tests call), or from an index.html page.
 */
async function buildWith(
  dir: string,
  entry: "script" | "page" = "script",
  renderBody?: (markdown: string, lang: string) => string,
) {
  const root = mkdtempSync(join(tmpdir(), "jiewang-vite-"));
  writeFileSync(join(root, "main.js"), ENTRY);
  writeFileSync(
    join(root, "index.html"),
    '<!doctype html><html><head><title>t</title></head><body><script type="module" src="./main.js"></script></body></html>',
  );
  const outDir = join(root, "dist");
  await build({
    configFile: false,
    root,
    base: "./",
    logLevel: "silent",
    plugins: [curriculumPlugin({ dir, ...(renderBody ? { renderBody } : {}) })],
    build: {
      outDir,
      modulePreload: false,
      minify: false,
      rollupOptions: {
        input: join(root, entry === "script" ? "main.js" : "index.html"),
        preserveEntrySignatures: "exports-only",
      },
    },
  });
  const assets = join(outDir, "assets");
  const files = readdirSync(assets);
  const find = (pattern: RegExp) => join(assets, files.find((name) => pattern.test(name)) ?? "-");
  return {
    root,
    outDir,
    files,
    entryFile: find(/^main-.*\.js$/),
    dataFile: find(/^curriculum-[\w-]{8}\.json$/),
  };
}

describe("the Vite plugin", { timeout: 60_000 }, () => {
  it("builds the curriculum as data files: core, layout and one per topic body and language", async () => {
    const copy = copyFixture("valid");
    const { root, files, entryFile, dataFile } = await buildWith(copy.dir);
    try {
      const entryCode = readFileSync(entryFile, "utf8");
      // No curriculum content in the script: the data is in content-hashed JSON files.
      for (const text of ["入门正文", "从这里开始", "example.org", '"edges"']) {
        expect(entryCode).not.toContain(text);
      }
      expect(files.filter((name) => /^curriculum-[\w-]{8}\.json$/.test(name))).toHaveLength(1);
      expect(files.filter((name) => /^layout-[\w-]{8}\.json$/.test(name))).toHaveLength(1);
      expect(files.filter((name) => name.startsWith("intro--"))).toHaveLength(2);
      expect(files.filter((name) => name.startsWith("path-b--"))).toHaveLength(1);
      const core = JSON.parse(readFileSync(dataFile, "utf8"));
      expect(core.curriculum.topics[0].summary.zh).toBe("从这里开始。");

      const probe = `const curriculum = await app.loadCurriculum();
      const firstLoad = [...globalThis.fetched];
      return {
        firstLoad,
        ids: curriculum.topics.map((topic) => topic.id),
        introEn: await app.loadTopicBody("intro", "en"),
        pathBEn: await app.loadTopicBody("path-b", "en"),
        formerId: (await app.loadTopicBody("merged-old", "zh"))?.id,
        unknown: (await app.loadTopicBody("nowhere", "zh")) === undefined,
        introResource: (await app.loadTopicBody("intro", "zh")).resources[0].title,
        layoutNodes: (await app.loadLayout()).nodes.length,
      };`;
      expect(runBuilt(entryFile, dataFile, probe)).toEqual({
        // The first page needs the core file only.
        firstLoad: [dataFile.split("/").pop()],
        ids: ["intro", "path-a", "path-b", "combined", "elective", "goal-topic"],
        // Bodies arrive as HTML rendered at build time.
        introEn: {
          id: "intro",
          lang: "en",
          html: "<h2>Why it matters</h2>\n<p>The introduction&#x27;s body.</p>",
          resources: [expect.objectContaining({ title: { zh: "An Introduction" } })],
        },
        // No English body: the primary language comes back, and says so.
        pathBEn: { id: "path-b", lang: "zh", html: "<p>路径乙正文。</p>", resources: [] },
        // A former id still finds its topic; an unknown id gives undefined.
        formerId: "combined",
        unknown: true,
        introResource: { zh: "An Introduction" },
        layoutNodes: 6,
      });
      // The build records new topics' slots.
      expect(readFileSync(join(copy.dir, "slots.json"), "utf8")).toContain('"goal-topic": 6');
    } finally {
      rmSync(root, { recursive: true, force: true });
      copy.done();
    }
  });

  it("preloads the core data from the page, at a relative address the scripts read", async () => {
    // A copy: a build records slots in the folder's slots.json.
    const copy = copyFixture("valid");
    const { root, outDir, dataFile } = await buildWith(copy.dir, "page");
    try {
      const html = readFileSync(join(outDir, "index.html"), "utf8");
      const preload = /<link[^>]*rel="preload"[^>]*>/.exec(html)?.[0] ?? "";
      expect(preload).toContain(`href="./assets/${dataFile.split("/").pop()}"`);
      expect(preload).toContain('id="jiewang-data"');
      // Fetch mode and credentials as fetch() uses them, so the browser reuses the download.
      expect(preload).toContain('as="fetch"');
      expect(preload).toContain('crossorigin="anonymous"');
    } finally {
      rmSync(root, { recursive: true, force: true });
      copy.done();
    }
  });

  it("keeps every script unchanged when only the curriculum changes", async () => {
    const copy = copyFixture("valid");
    const scripts = async () => {
      const { root, outDir, files } = await buildWith(copy.dir, "page");
      const js = files.filter((name) => name.endsWith(".js")).sort();
      const html = readFileSync(join(outDir, "index.html"), "utf8");
      rmSync(root, { recursive: true, force: true });
      return { js, html };
    };
    try {
      const before = await scripts();
      appendFileSync(join(copy.dir, "topics", "intro.md"), "\nOne more sentence.\n");
      const after = await scripts();
      // Same script names (content hashes), so browsers keep their cached copies...
      expect(after.js).toEqual(before.js);
      // ...while the page names the new data.
      expect(after.html).not.toEqual(before.html);
    } finally {
      copy.done();
    }
  });

  it("rejects loadCurriculum() when the data cannot be fetched", async () => {
    const copy = copyFixture("valid");
    const { root, entryFile, dataFile } = await buildWith(copy.dir);
    try {
      rmSync(dataFile);
      const probe = `return app.loadCurriculum().then(() => "loaded", (error) => error.message);`;
      expect(runBuilt(entryFile, dataFile, probe)).toMatch(/HTTP 404$/);
    } finally {
      rmSync(root, { recursive: true, force: true });
      copy.done();
    }
  });

  it("renders math at build time, a bad formula as red source without failing the build", async () => {
    const copy = copyFixture("valid");
    appendFileSync(
      join(copy.dir, "topics", "intro.md"),
      "\n能量 $E = mc^2$，坏公式 $\\frac{1}{$ 照样显示。\n",
    );
    const { root, files, outDir } = await buildWith(copy.dir);
    try {
      const introZh = files.find((name) => name.startsWith("intro--zh-")) ?? "-";
      const body = JSON.parse(readFileSync(join(outDir, "assets", introZh), "utf8"));
      expect(body.html).toContain('<span class="katex">');
      expect(body.html).toContain('<annotation encoding="application/x-tex">E = mc^2</annotation>');
      expect(body.html).toMatch(/<span class="katex-error"[^>]*>\\frac\{1\}\{<\/span>/);
      expect(body.html).toContain("照样显示。");
      expect(body).not.toHaveProperty("markdown");
    } finally {
      rmSync(root, { recursive: true, force: true });
      copy.done();
    }
  });

  it("serves the data as modules on the dev server, and the validator's messages when broken", async () => {
    const load = async (dir: string, renderBody?: (markdown: string, lang: string) => string) => {
      const server = await createServer({
        configFile: false,
        root: dir,
        logLevel: "silent",
        server: { middlewareMode: true, hmr: false, watch: null },
        plugins: [curriculumPlugin({ dir, ...(renderBody ? { renderBody } : {}) })],
      });
      try {
        const module = await server.ssrLoadModule("virtual:jiewang/curriculum");
        const curriculum = await module.loadCurriculum();
        return {
          ids: curriculum.topics.map((topic: { id: string }) => topic.id),
          introEn: (await module.loadTopicBody("intro", "en"))?.html,
          layoutNodes: (await module.loadLayout()).nodes.length,
        };
      } finally {
        await server.close();
      }
    };
    expect(await load(fixture("valid"))).toEqual({
      ids: ["intro", "path-a", "path-b", "combined", "elective", "goal-topic"],
      introEn: "<h2>Why it matters</h2>\n<p>The introduction&#x27;s body.</p>",
      layoutNodes: 6,
    });
    // Another renderer can be plugged in; it gets each body's Markdown and language.
    const custom = await load(
      fixture("valid"),
      (markdown, lang) => `<pre>${lang}|${markdown}</pre>`,
    );
    expect(custom.introEn).toBe("<pre>en|## Why it matters\n\nThe introduction's body.</pre>");
    await expect(load(fixture("errors", "many-faults"))).rejects.toThrow(
      "topics/a.md:6: cycle in requires: a -> b -> a",
    );
  });

  it("fails the build with every problem of a broken curriculum", async () => {
    const error = await buildWith(fixture("errors", "many-faults")).then(
      () => undefined,
      (reason: unknown) => reason as Error,
    );
    expect(error?.message).toContain("has 7 errors:");
    expect(error?.message).toContain("topics/a.md:6: cycle in requires: a -> b -> a");
    expect(error?.message).toContain("curriculum.yaml:3: goal 'finish' names no topic");
    expect(error?.message).toContain(
      "topics/d.md:9: 'resources[0].url' must be an http:// or https:// URL",
    );
  });
});

describe("the Vite plugin with hostile or image-bearing curricula", { timeout: 60_000 }, () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "jiewang-images-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("copies a body's image into the build under a hashed name and renders it sized and lazy", async () => {
    writeFixture(
      {
        languages: ["en"],
        topics: [{ id: "a", body: "![A figure](images/fig.png)" }],
        assets: { "topics/images/fig.png": pngBytes(64, 48) },
      },
      dir,
    );
    const { root, outDir, files } = await buildWith(dir);
    try {
      const image = files.find((name) => /^fig-[\w-]{8}\.png$/.test(name));
      expect(image).toBeDefined();
      expect(readFileSync(join(outDir, "assets", image ?? "-"))).toEqual(pngBytes(64, 48));
      const body = files.find((name) => name.startsWith("a--en-")) ?? "-";
      const { html } = JSON.parse(readFileSync(join(outDir, "assets", body), "utf8"));
      expect(html).toBe(
        `<p><img src="./assets/${image}" alt="A figure" width="64" height="48" loading="lazy" decoding="async"/></p>`,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("shows a body's image inline on the dev server", async () => {
    writeFixture(
      {
        languages: ["en"],
        topics: [{ id: "a", body: "![A figure](images/fig.png)" }],
        assets: { "topics/images/fig.png": pngBytes(2, 1) },
      },
      dir,
    );
    const server = await createServer({
      configFile: false,
      root: dir,
      logLevel: "silent",
      server: { middlewareMode: true, hmr: false, watch: null },
      plugins: [curriculumPlugin({ dir })],
    });
    try {
      const module = await server.ssrLoadModule("virtual:jiewang/curriculum");
      const body = await module.loadTopicBody("a", "en");
      const data = `data:image/png;base64,${pngBytes(2, 1).toString("base64")}`;
      expect(body.html).toContain(`<img src="${data}" alt="A figure" width="2" height="1"`);
    } finally {
      await server.close();
    }
  });

  it("names the file of a body the renderer fails on", async () => {
    writeFixture(
      {
        languages: ["en", "fr"],
        topics: [{ id: "a", title: { en: "A", fr: "A" }, body: { en: "x", fr: "y" } }],
      },
      dir,
    );
    const failing = (markdown: string) => {
      if (markdown === "y") throw new RangeError("Maximum call stack size exceeded");
      return markdown;
    };
    await expect(buildWith(dir, "script", failing)).rejects.toThrow(
      /topics\/a\.fr\.md: the body could not be rendered: RangeError: Maximum call stack size exceeded/,
    );
  });

  it("under the vite build command, prints the validator's messages with no stack trace", () => {
    writeFixture(
      { languages: ["en"], topics: [{ id: "q", body: `${">".repeat(20_000)} deep` }] },
      dir,
    );
    const run = spawnSync(
      process.execPath,
      [join(ROOT, "node_modules/vite/bin/vite.js"), "build", "--outDir", join(dir, "out")],
      {
        cwd: ROOT,
        env: { ...process.env, CURRICULUM_DIR: dir },
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /topics\/q\.md:8: Markdown blocks \(quotes and list items\) are nested more than 100 deep/,
    );
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});

describe("curriculumDirFromEnv", () => {
  it.each([
    { env: {}, expected: "/repo/curriculum" },
    { env: { CURRICULUM_DIR: "team/curriculum" }, expected: "/repo/team/curriculum" },
    { env: { CURRICULUM_DIR: "mine", INIT_CWD: "/home/me" }, expected: "/home/me/mine" },
    { env: { CURRICULUM_DIR: "/srv/c", INIT_CWD: "/home/me" }, expected: "/srv/c" },
  ])("resolves $env", ({ env, expected }) => {
    expect(curriculumDirFromEnv(env, "/repo")).toBe(expected);
  });
});
