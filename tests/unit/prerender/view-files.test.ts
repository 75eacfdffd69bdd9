import type { Rolldown } from "vite";
import { viewFiles } from "../../../src/prerender/vite-plugin";

/** Just the fields of an output chunk that viewFiles reads. */
function chunk(
  name: string,
  fileName: string,
  imports: string[] = [],
  css: string[] = [],
  isEntry = false,
  facadeModuleId: string | null = null,
) {
  return {
    type: "chunk",
    name,
    fileName,
    imports,
    isEntry,
    facadeModuleId,
    viteMetadata: { importedCss: new Set(css), importedAssets: new Set() },
  };
}

const bundle = Object.fromEntries(
  [
    chunk("index", "assets/index-1.js", [], ["assets/index-1.css"], true),
    chunk("graph-page", "assets/graph-page-2.js", ["assets/graph-view-3.js", "assets/index-1.js"]),
    chunk("graph-view", "assets/graph-view-3.js", [], ["assets/graph-view-3.css"]),
    chunk("topic-page", "assets/topic-page-4.js", ["assets/graph-view-3.js"], ["assets/t-4.css"]),
    chunk("view-strings", "assets/view-strings-5.js"),
    chunk("deferred-parts", "assets/deferred-parts-8.js", ["assets/index-1.js"]),
    chunk("write-side", "assets/write-side-9.js"),
    chunk("fetched-bodies", "assets/fb-10.js", [], [], false, "\0virtual:jiewang/fetched-bodies"),
  ].map((file) => [file.fileName, file]),
) as unknown as Rolldown.OutputBundle;

describe("viewFiles", () => {
  const routes = viewFiles(bundle, {
    topic: "assets/bodies-6.json",
    graph: "assets/layout-7.json",
  });

  it("lists the deferred chunks, each view's chunks, their CSS and the views' strings, never the entry", () => {
    expect(routes.graph).toEqual([
      "./assets/deferred-parts-8.js",
      "./assets/write-side-9.js",
      "./assets/graph-page-2.js",
      "./assets/graph-view-3.js",
      "./assets/graph-view-3.css",
      "./assets/view-strings-5.js",
      "./assets/layout-7.json",
    ]);
  });

  it("adds the data file each view fetches first, for its own route only", () => {
    expect(routes.topic).toContain("./assets/bodies-6.json");
    expect(routes.topic).toContain("./assets/fb-10.js");
    expect(routes.graph).not.toContain("./assets/fb-10.js");
    expect(routes.topic).not.toContain("./assets/layout-7.json");
    expect(routes.graph).not.toContain("./assets/bodies-6.json");
  });

  it("skips routes whose view is not in the bundle and data files that are unknown", () => {
    expect(routes.plan).toBeUndefined();
    const withoutData = viewFiles(bundle, { topic: undefined });
    expect(withoutData.topic?.some((file) => file.endsWith(".json"))).toBe(false);
    expect(withoutData.graph?.some((file) => file.endsWith(".json"))).toBe(false);
  });
});
