/**
 * The compiled curriculum: what the build turns a curriculum folder into and what the app
 * imports. Authoring format (YAML + Markdown) never reaches the browser; this shape does.
 * Shared contract between src/curriculum (producer), src/graph and src/ui (consumers).
 */

/** Allowed values are defined once; the types derive from them. */
export const RESOURCE_KINDS = [
  "book",
  "chapter",
  "paper",
  "article",
  "video",
  "course",
  "code",
  "exercise",
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const TOPIC_SOURCES = ["article", "extension"] as const;
export type TopicSource = (typeof TOPIC_SOURCES)[number];

/** A language code such as "zh" or "en". */
export type Lang = string;

/** Text per language. Always holds the primary language; other languages may be missing. */
export type Localized = Readonly<Record<Lang, string>>;

export interface Resource {
  /** Per language; always holds the primary language. */
  readonly title: Localized;
  readonly kind: ResourceKind;
  readonly url?: string;
  readonly authors?: string;
  readonly year?: number;
  /** Chapter, section or pages within the work, per language. */
  readonly where?: Localized;
  readonly free?: boolean;
}

export interface CompiledSection {
  readonly id: string;
  readonly title: Localized;
}

export interface CompiledTopic {
  readonly id: string;
  /** Stable small integer from slots.json; share links encode progress by slot. */
  readonly slot: number;
  /**
   * Position in curriculum order: sections in order; within a section, prerequisites first (a
   * topological order of `requires`), topics ready at the same time by id.
   */
  readonly index: number;
  readonly title: Localized;
  /** May be empty for a language; the UI falls back to the primary language. */
  readonly summary: Localized;
  /** Languages that have a body for this topic (the primary always; translations when present). */
  readonly bodyLanguages: readonly Lang[];
  readonly section: string;
  /**
   * Requirements normalised to an all-of list of any-of groups: a plain id becomes a group of
   * one. The topic is available when every group has at least one done member.
   */
  readonly requires: readonly (readonly string[])[];
  readonly recommends: readonly string[];
  /** Reverse edges: topics that name this one in `requires` (directly or inside an anyOf). */
  readonly unlocks: readonly string[];
  /** Estimated study hours; 0 when the author gave none. */
  readonly hours: number;
  readonly optional: boolean;
  readonly source: TopicSource;
  readonly aliases: readonly string[];
}

export interface LayoutPoint {
  readonly x: number;
  readonly y: number;
}

export interface LayoutNode {
  readonly id: string;
  /** Centre of the node box. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface LayoutEdge {
  readonly from: string;
  readonly to: string;
  /** requires: a single-member group; anyOf: member of a group of several; recommends: soft link. */
  readonly kind: "requires" | "anyOf" | "recommends";
  /** For anyOf edges: index of the group within the target topic's `requires`. */
  readonly group?: number;
  readonly points: readonly LayoutPoint[];
}

/** Graph layout computed at build time, so no layout engine ships to the browser. */
export interface GraphLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly LayoutNode[];
  readonly edges: readonly LayoutEdge[];
}

/** The work a curriculum is drawn from, as `source:` in curriculum.yaml gives it. */
export interface CurriculumSource {
  readonly title: Localized;
  readonly author?: string;
  /** An http(s) address; absent when the work has no public one. */
  readonly url?: string;
  /** YYYY-MM-DD. */
  readonly date?: string;
}

export interface CompiledCurriculum {
  readonly title: Localized;
  /** The work the curriculum is drawn from, when curriculum.yaml names one. */
  readonly source?: CurriculumSource;
  /**
   * The About page's introduction as HTML per language, rendered at build time from
   * `CompileOutput.intro` (the compiler itself leaves it out: it renders no Markdown).
   */
  readonly intro?: Localized;
  /** The first is the primary language. */
  readonly languages: readonly Lang[];
  /** The default goal topic id. */
  readonly goal: string;
  readonly sections: readonly CompiledSection[];
  /** In curriculum order. */
  readonly topics: readonly CompiledTopic[];
  /** A topological order of topic ids (requirements first), ties broken by curriculum order. */
  readonly order: readonly string[];
  /** Former id -> current id. */
  readonly aliases: Readonly<Record<string, string>>;
  /**
   * Every slot ever given, including retired ones (removed topics): id -> slot. Current topics
   * carry their own slot too; aliases are absent here (their slot is the renamed topic's).
   */
  readonly slots: Readonly<Record<string, number>>;
  /** Largest slot ever given, plus one. Share codes size their bitset from it. */
  readonly slotCount: number;
}

/**
 * A topic's page content, loaded on demand (kept out of the first-load bundle).
 * `lang` is the language of the body actually returned: the requested one when a translation
 * exists, else the primary language (the UI then says so).
 */
export interface TopicBody {
  readonly id: string;
  readonly lang: Lang;
  /**
   * The body rendered to HTML at build time (GitHub-flavoured Markdown, math as MathML from KaTeX);
   * empty when the topic has no text. Trusted build output: raw HTML in the Markdown is not
   * passed through, so the page inserts it as is.
   */
  readonly html: string;
  readonly resources: readonly Resource[];
}

/** What a topic page loads besides the core data, before its body is rendered. */
export interface TopicDetails {
  readonly resources: readonly Resource[];
  /** Markdown per language that has a body. */
  readonly bodies: Readonly<Record<Lang, string>>;
  /** Why no free resource exists (when the topic says so). */
  readonly noFreeResource?: Localized;
}

/** Everything compiled from a folder. The build splits it into separately loaded modules. */
export interface CompileOutput {
  /** Core data, in the first-load bundle: small (no bodies, resources or layout). */
  readonly curriculum: CompiledCurriculum;
  /** Per topic: resources and the body per language that has one. */
  readonly details: Readonly<Record<string, TopicDetails>>;
  /** Loaded with the graph view only. */
  readonly layout: GraphLayout;
  /** curriculum.yaml's `intro` as Markdown per language; the build renders it into `curriculum.intro`. */
  readonly intro?: Localized;
  /** Image files the bodies show, by path inside the curriculum folder (`topics/images/a.png`). */
  readonly images: Readonly<Record<string, ImageAsset>>;
}

/** An image file a body shows, as the build copies it into the site. */
export interface ImageAsset {
  /** The file name in the site: `<stem>-<hash>.<ext>`, the hash taken from the content. */
  readonly name: string;
  readonly width?: number;
  readonly height?: number;
  readonly bytes: Uint8Array;
}
