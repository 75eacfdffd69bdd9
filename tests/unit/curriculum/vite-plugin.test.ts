import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build, createServer } from "vite";
import { curriculumDirFromEnv, curriculumPlugin } from "../../../src/curriculum/vite-plugin";
import { copyFixture, fixture } from "./fixtures";

const ENTRY = `import { loadCurriculum } from "virtual:jiewang/curriculum";
import { loadTopicBody } from "virtual:jiewang/bodies";
export { loadCurriculum, loadTopicBody };
export const loadLayout = async () => (await import("virtual:jiewang/layout")).default;
`;

/**
 * Loads the built entry in a separate Node process (the test runner's module loader cannot
 * import built files) and returns what `probe` computes from its exports, as JSON. `fetch`
 * there reads file: URLs from disk (a 404 for a missing file) and records what was asked.
 */
function runBuilt(entryFile: string, probe: string): unknown {
  const script = `const { readFile } = await import("node:fs/promises");
globalThis.fetched = [];
globalThis.fetch = async (url) => {
  globalThis.fetched.push(String(url));
  try {
    return new Response(await readFile(new URL(url)));
  } catch {
    return new Response("", { status: 404 });
  }
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
 * Builds a small app that imports the virtual modules of the curriculum in `dir`: from a
 * script entry (`main.js`, whose exports the tests call), or from an index.html page.
 */
async function buildWith(dir: string, entry: "script" | "page" = "script") {
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
    plugins: [curriculumPlugin({ dir })],
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
  return { root, outDir };
}

describe("the Vite plugin", { timeout: 60_000 }, () => {
  it("builds the curriculum, the layout and one chunk per topic body and language", async () => {
    const copy = copyFixture("valid");
    const { root, outDir } = await buildWith(copy.dir);
    try {
      const files = readdirSync(join(outDir, "assets"));
      const entry = files.find((name) => name.startsWith("main-")) as string;
      const entryCode = readFileSync(join(outDir, "assets", entry), "utf8");
      // Bodies, resources and the layout stay out of the first load, and so does the core
      // data: it is a JSON file of its own, named by its content.
      expect(entryCode).not.toContain("入门正文");
      expect(entryCode).not.toContain("example.org");
      expect(entryCode).not.toContain('"edges"');
      expect(entryCode).not.toContain("从这里开始");
      const data = files.filter((name) => /^curriculum-[\w-]{8}\.json$/.test(name));
      expect(data).toHaveLength(1);
      const json = JSON.parse(readFileSync(join(outDir, "assets", data[0] as string), "utf8"));
      expect(json.topics[0].summary.zh).toBe("从这里开始。");
      expect(files.filter((name) => name.startsWith("intro--"))).toHaveLength(2);
      expect(files.filter((name) => name.startsWith("path-b--"))).toHaveLength(1);

      const probe = `const curriculum = await app.loadCurriculum();
      return {
        ids: curriculum.topics.map((topic) => topic.id),
        fetched: globalThis.fetched.map((url) => url.split("/").pop()),
        introEn: await app.loadTopicBody("intro", "en"),
        pathBEn: await app.loadTopicBody("path-b", "en"),
        formerId: (await app.loadTopicBody("merged-old", "zh"))?.id,
        unknown: (await app.loadTopicBody("nowhere", "zh")) === undefined,
        introResource: (await app.loadTopicBody("intro", "zh")).resources[0].title,
        layoutNodes: (await app.loadLayout()).nodes.length,
      };`;
      expect(runBuilt(join(outDir, "assets", entry), probe)).toEqual({
        ids: ["intro", "path-a", "path-b", "combined", "elective", "goal-topic"],
        // Fetched next to the script, whatever path the site is served from.
        fetched: data,
        introEn: {
          id: "intro",
          lang: "en",
          markdown: "## Why it matters\n\nThe introduction's body.",
          resources: [expect.objectContaining({ title: "An Introduction" })],
        },
        // No English body: the primary language comes back, and says so.
        pathBEn: { id: "path-b", lang: "zh", markdown: "路径乙正文。", resources: [] },
        // A former id still finds its topic; an unknown id gives undefined.
        formerId: "combined",
        unknown: true,
        introResource: "An Introduction",
        layoutNodes: 6,
      });
      // The build records new topics' slots.
      expect(readFileSync(join(copy.dir, "slots.json"), "utf8")).toContain('"goal-topic": 6');
    } finally {
      rmSync(root, { recursive: true, force: true });
      copy.done();
    }
  });

  it("preloads the curriculum data from the page, at a relative address", async () => {
    // A copy: a build records slots in the folder's slots.json.
    const copy = copyFixture("valid");
    const { root, outDir } = await buildWith(copy.dir, "page");
    try {
      const html = readFileSync(join(outDir, "index.html"), "utf8");
      const [data] = readdirSync(join(outDir, "assets")).filter((name) => name.endsWith(".json"));
      expect(data).toBeDefined();
      const preload = /<link[^>]*rel="preload"[^>]*>/.exec(html)?.[0] ?? "";
      expect(preload).toContain(`href="./assets/${data}"`);
      // Fetch mode and credentials as fetch() uses them, so the browser reuses the download.
      expect(preload).toContain('as="fetch"');
      expect(preload).toContain('crossorigin="anonymous"');
    } finally {
      rmSync(root, { recursive: true, force: true });
      copy.done();
    }
  });

  it("rejects loadCurriculum() when the data cannot be fetched", async () => {
    const copy = copyFixture("valid");
    const { root, outDir } = await buildWith(copy.dir);
    try {
      const [data] = readdirSync(join(outDir, "assets")).filter((name) => name.endsWith(".json"));
      rmSync(join(outDir, "assets", data as string));
      const entry = readdirSync(join(outDir, "assets")).find((name) => name.startsWith("main-"));
      const probe = `return app.loadCurriculum().then(() => "loaded", (error) => error.message);`;
      expect(runBuilt(join(outDir, "assets", entry as string), probe)).toMatch(/HTTP 404$/);
    } finally {
      rmSync(root, { recursive: true, force: true });
      copy.done();
    }
  });

  it("serves the data inline on the dev server, and the validator's messages when broken", async () => {
    const load = async (dir: string) => {
      const server = await createServer({
        configFile: false,
        root: dir,
        logLevel: "silent",
        server: { middlewareMode: true, hmr: false, watch: null },
        plugins: [curriculumPlugin({ dir })],
      });
      try {
        const module = await server.ssrLoadModule("virtual:jiewang/curriculum");
        return await module.loadCurriculum();
      } finally {
        await server.close();
      }
    };
    const curriculum = await load(fixture("valid"));
    expect(curriculum.topics.map((topic: { id: string }) => topic.id)).toContain("goal-topic");
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
