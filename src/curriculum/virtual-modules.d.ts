// Modules served by the curriculum Vite plugin (src/curriculum/vite-plugin.ts).

declare module "virtual:jiewang/curriculum" {
  import type { CompiledCurriculum } from "./types";
  /**
   * The compiled curriculum. A build fetches it from its hashed JSON file next to the scripts
   * (preloaded by index.html); the dev server has it inline. Rejects when it cannot be loaded.
   */
  export function loadCurriculum(): Promise<CompiledCurriculum>;
}

declare module "virtual:jiewang/bodies" {
  import type { TopicBody } from "./types";
  /**
   * Loads one topic's Markdown body on demand, in `lang` when a translation exists, else in the
   * primary language (the returned `lang` says which). Undefined for an unknown id.
   */
  export function loadTopicBody(id: string, lang: string): Promise<TopicBody | undefined>;
}

declare module "virtual:jiewang/layout" {
  import type { GraphLayout } from "./types";
  /** Graph layout computed at build time; imported lazily by the graph view only. */
  const layout: GraphLayout;
  export default layout;
}
