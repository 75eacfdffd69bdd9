import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "vite";
import { curriculumDirFromEnv, curriculumPlugin } from "../../../src/curriculum/vite-plugin";
import { copyFixture, fixture } from "./fixtures";

const ENTRY = `import curriculum from "virtual:jiewang/curriculum";
import { loadTopicBody } from "virtual:jiewang/bodies";
export { curriculum, loadTopicBody };
export const loadLayout = async () => (await import("virtual:jiewang/layout")).default;
`;

/**
 * Loads the built entry in a separate Node process (the test runner's module loader cannot
 * import built files) and returns what `probe` computes from its exports, as JSON.
 */
function runBuilt(entryFile: string, probe: string): unknown {
  const script = `const app = await import(${JSON.stringify(pathToFileURL(entryFile).href)});
console.log(JSON.stringify(await (async () => { ${probe} })()));`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

/** Builds a one-file app that imports the virtual modules of the curriculum in `dir`. */
async function buildWith(dir: string) {
  const root = mkdtempSync(join(tmpdir(), "jiewang-vite-"));
  writeFileSync(join(root, "main.js"), ENTRY);
  const outDir = join(root, "dist");
  await build({
    configFile: false,
    root,
    logLevel: "silent",
    plugins: [curriculumPlugin({ dir })],
    build: {
      outDir,
      modulePreload: false,
      minify: false,
      rollupOptions: { input: join(root, "main.js"), preserveEntrySignatures: "exports-only" },
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
      // Bodies, resources and the layout stay out of the first load.
      expect(entryCode).not.toContain("入门正文");
      expect(entryCode).not.toContain("example.org");
      expect(entryCode).not.toContain('"edges"');
      expect(files.filter((name) => name.startsWith("intro--"))).toHaveLength(2);
      expect(files.filter((name) => name.startsWith("path-b--"))).toHaveLength(1);

      const probe = `return {
        ids: app.curriculum.topics.map((topic) => topic.id),
        introEn: await app.loadTopicBody("intro", "en"),
        pathBEn: await app.loadTopicBody("path-b", "en"),
        formerId: (await app.loadTopicBody("merged-old", "zh"))?.id,
        unknown: (await app.loadTopicBody("nowhere", "zh")) === undefined,
        introResource: (await app.loadTopicBody("intro", "zh")).resources[0].title,
        layoutNodes: (await app.loadLayout()).nodes.length,
      };`;
      expect(runBuilt(join(outDir, "assets", entry), probe)).toEqual({
        ids: ["intro", "path-a", "path-b", "combined", "elective", "goal-topic"],
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
