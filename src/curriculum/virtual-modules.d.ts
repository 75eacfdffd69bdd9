// Modules served by the curriculum Vite plugin (src/curriculum/vite-plugin.ts).

declare module "virtual:jiewang/curriculum" {
  import type { CompiledCurriculum } from "./types";
  const curriculum: CompiledCurriculum;
  export default curriculum;
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
