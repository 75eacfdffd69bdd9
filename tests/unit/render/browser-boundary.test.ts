import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const SRC = resolve(__dirname, "../../../src");

/** Every script under `dir`, recursively. */
function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return scripts(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

// Bodies are rendered at build time: the app must not pull the renderer (or the Markdown and
// math libraries behind it) back into the browser.
const FORBIDDEN =
  /from\s+["'](react-markdown|remark-[\w-]+|rehype-[\w-]+|katex|[^"']*\/render\/[^"']*)["']/;

describe("the browser code", () => {
  const browserFiles = scripts(SRC).filter(
    (file) =>
      !relative(SRC, file).startsWith("render/") && !relative(SRC, file).startsWith("curriculum/"),
  );

  it("has files to check", () => {
    expect(browserFiles.length).toBeGreaterThan(20);
  });

  it.each(browserFiles.map((file) => [relative(SRC, file), file]))(
    "%s imports no Markdown or math renderer",
    (_name, file) => {
      expect(readFileSync(file, "utf8")).not.toMatch(FORBIDDEN);
    },
  );
});
