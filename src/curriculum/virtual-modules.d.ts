// The module served by the curriculum Vite plugin (src/curriculum/vite-plugin.ts). A build
// fetches the data from content-hashed JSON files (the core one preloaded by index.html); the
// dev server has it as modules. Each function rejects when its data cannot be loaded.

declare module "virtual:jiewang/curriculum" {
  import type { CompiledCurriculum, GraphLayout, TopicBody } from "./types.ts";
  /** The compiled curriculum: what the first page needs. */
  export function loadCurriculum(): Promise<CompiledCurriculum>;
  /**
   * One topic's body (HTML rendered at build time) and resources, loaded on demand, in `lang`
   * when a translation exists, else in the primary language (the returned `lang` says which).
   * Accepts former ids (aliases); undefined for an unknown id.
   */
  export function loadTopicBody(id: string, lang: string): Promise<TopicBody | undefined>;
  /** The graph layout computed at build time; loaded by the graph view only. */
  export function loadLayout(): Promise<GraphLayout>;
}

// Used by the dev server's version of the module above.
declare module "virtual:jiewang/bodies" {
  import type { TopicBody } from "./types.ts";
  export function loadTopicBody(id: string, lang: string): Promise<TopicBody | undefined>;
}

declare module "virtual:jiewang/layout" {
  import type { GraphLayout } from "./types.ts";
  const layout: GraphLayout;
  export default layout;
}
