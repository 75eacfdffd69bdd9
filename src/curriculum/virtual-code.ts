/**
 * Source code of the virtual modules the Vite plugin serves, and the data files of a build.
 * A build writes the curriculum as JSON files that generic code fetches (see dataFiles); the
 * dev server serves it as modules, data going in as JSON.parse of a string literal (engines
 * parse JSON faster than the equivalent object literal).
 */
import { createHash } from "node:crypto";
import { imageTarget } from "./images.ts";
import { oneLine } from "./problems.ts";
import type { CompiledCurriculum, CompileOutput, ImageAsset, Lang, TopicBody } from "./types.ts";

/**
 * Turns one topic body (Markdown) into the HTML the app shows; `lang` is the body's language,
 * `image` finds the file of an image the body shows (undefined: it shows none). The build and
 * the dev server use the project's renderer (src/render/body-html.tsx), which this folder does
 * not import: it needs React, and the compiler stays free of it.
 */
export type BodyRenderer = (markdown: string, lang: Lang, image?: ImageResolver) => string;

/** An image's address in the site and its size, for a destination written in a body. */
export type ImageResolver = (
  src: string,
) => { readonly src: string; readonly width?: number; readonly height?: number } | undefined;

/** The address a page uses for an image file of the build (or the dev server). */
export type ImageUrl = (image: ImageAsset) => string;

/** A body that could not be rendered: the plugin names its file in the message. */
export class BodyRenderError extends Error {
  constructor(
    readonly id: string,
    readonly lang: Lang,
    cause: unknown,
  ) {
    super(oneLine(cause));
  }
}

export const VIRTUAL = {
  curriculum: "virtual:jiewang/curriculum",
  layout: "virtual:jiewang/layout",
  bodies: "virtual:jiewang/bodies",
  /** In a build: finds and fetches topic bodies (see fetchedBodiesModule). */
  fetchedBodies: "virtual:jiewang/fetched-bodies",
  /**
   * Prefix of one topic's body in one language: `virtual:jiewang/body/<id>--<lang>` (kebab ids
   * never hold `--`). The last segment names the chunk, e.g. `softmax--en-<hash>.js`.
   */
  body: "virtual:jiewang/body/",
} as const;

/** One data file a build writes into the assets folder. */
export interface DataFile {
  /** `<stem>-<hash>.json`: the hash comes from the content, so the name changes with it. */
  readonly name: string;
  readonly source: string;
}

/** Where the core file lists the other data files, so that no script has to name them. */
export interface DataFileNames {
  readonly layout: string;
  /** A file mapping topic id -> language -> that body's file. */
  readonly bodies: string;
}

/** The `id` of the `<link rel="preload">` in index.html that names the core data file. */
export const DATA_LINK_ID = "jiewang-data";

function dataFile(stem: string, value: unknown): DataFile {
  const source = JSON.stringify(value);
  const hash = createHash("sha256").update(source).digest("base64url").slice(0, 8);
  return { name: `${stem}-${hash}.json`, source };
}

/**
 * The data files of a build: the core file (`curriculum-<hash>.json`: the compiled curriculum
 * and the names of the other files) and the others (the layout, one file per topic body and
 * language, and the map of body files). Every name is hashed from its content, so it can be
 * cached for good, and only index.html names the core file: editing the curriculum changes
 * data files and index.html, never the scripts.
 */
export function dataFiles(
  output: CompileOutput,
  renderBody: BodyRenderer,
  imageUrl: ImageUrl,
): { core: DataFile; others: DataFile[] } {
  const others: DataFile[] = [];
  const add = (file: DataFile) => {
    others.push(file);
    return file.name;
  };
  const bodies: Record<string, Record<string, string>> = {};
  for (const topic of output.curriculum.topics) {
    const byLang: Record<string, string> = {};
    for (const lang of topic.bodyLanguages) {
      const body = topicBody(output, topic.id, lang, renderBody, imageUrl);
      if (body) byLang[lang] = add(dataFile(`${topic.id}--${lang}`, body));
    }
    bodies[topic.id] = byLang;
  }
  const files: DataFileNames = {
    layout: add(dataFile("layout", output.layout)),
    bodies: add(dataFile("bodies", bodies)),
  };
  const curriculum = withIntro(output, renderBody);
  return { core: dataFile("curriculum", { curriculum, files }), others };
}

/**
 * The compiled curriculum with its About introduction rendered to HTML (the compiler keeps it
 * as Markdown in `output.intro`). It shows no images: an intro has no folder of its own.
 */
export function withIntro(output: CompileOutput, renderBody: BodyRenderer): CompiledCurriculum {
  if (!output.intro) return output.curriculum;
  const intro: Record<Lang, string> = {};
  for (const [lang, markdown] of Object.entries(output.intro)) {
    try {
      intro[lang] = renderBody(markdown, lang, () => undefined);
    } catch (error) {
      throw new Error(`curriculum.yaml: 'intro' could not be rendered: ${oneLine(error)}`);
    }
  }
  return { ...output.curriculum, intro };
}

/**
 * The `virtual:jiewang/curriculum` module of a build: `loadCurriculum()`, `loadTopicBody()` and
 * `loadLayout()` fetch the data files. The core file's address comes from index.html's preload
 * link (which has it downloading alongside the scripts), the others' from the core file, so this
 * code is the same for every curriculum and its cached copy stays valid when the curriculum
 * changes. JSON also parses faster than the same data as JavaScript, and stays out of the
 * JavaScript the first page must run.
 */
export function fetchedCurriculumModule(): string {
  return `async function fetchJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(\`\${url}: HTTP \${response.status}\`);
  return response.json();
}

// Loaded once; a failed load is tried again on the next call.
let corePromise;
function core() {
  corePromise ??= (async () => {
    const link = document.getElementById(${JSON.stringify(DATA_LINK_ID)});
    if (!link || !link.href) throw new Error("index.html names no curriculum data file");
    const data = await fetchJson(link.href);
    return { ...data, url: (name) => new URL(name, link.href).href };
  })().catch((error) => {
    corePromise = undefined;
    throw error;
  });
  return corePromise;
}

export async function loadCurriculum() {
  return (await core()).curriculum;
}

export async function loadLayout() {
  const { files, url } = await core();
  return fetchJson(url(files.layout));
}

// Finding a body's file is the topic page's business: that code comes with it.
export async function loadTopicBody(id, lang) {
  const bodies = await import(${JSON.stringify(VIRTUAL.fetchedBodies)});
  return bodies.loadTopicBody(id, lang, core, fetchJson);
}
`;
}

/**
 * The build's `virtual:jiewang/fetched-bodies` module, loaded with the first topic page: finds a
 * topic's body file (through an alias, falling back to the primary language) in the index of
 * bodies, fetched once, and fetches it. Takes the core module's loaders as arguments.
 */
export function fetchedBodiesModule(): string {
  return `const own = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

let indexPromise;

export async function loadTopicBody(id, lang, core, fetchJson) {
  const { curriculum, files, url } = await core();
  indexPromise ??= fetchJson(url(files.bodies)).catch((error) => {
    indexPromise = undefined;
    throw error;
  });
  const names = await indexPromise;
  const aliases = curriculum.aliases;
  const current = own(names, id) ? id : own(aliases, id) ? aliases[id] : undefined;
  if (current === undefined || !own(names, current)) return undefined;
  const byLang = names[current];
  const primary = curriculum.languages[0];
  const name = own(byLang, lang) ? byLang[lang] : own(byLang, primary) ? byLang[primary] : undefined;
  return name === undefined ? undefined : fetchJson(url(name));
}
`;
}

/**
 * The `virtual:jiewang/curriculum` module on the dev server: the same three functions over
 * inline data and lazily imported modules, so Vite's module graph reloads them when a
 * curriculum file changes and a broken curriculum fails this module with the validator's
 * messages (Vite's error overlay).
 */
export function inlineCurriculumModule(output: CompileOutput, renderBody: BodyRenderer): string {
  const curriculum = withIntro(output, renderBody);
  return `const curriculum = JSON.parse(${JSON.stringify(JSON.stringify(curriculum))});

export async function loadCurriculum() {
  return curriculum;
}

export async function loadLayout() {
  return (await import(${JSON.stringify(VIRTUAL.layout)})).default;
}

export async function loadTopicBody(id, lang) {
  return (await import(${JSON.stringify(VIRTUAL.bodies)})).loadTopicBody(id, lang);
}
`;
}

/** A module whose default export is `value`. */
export function jsonModule(value: unknown): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;
}

/**
 * The `virtual:jiewang/bodies` module: `loadTopicBody(id, lang)` imports one topic's body in one
 * language on demand (each its own small chunk), falling back to the primary language, and
 * accepts former ids (aliases).
 */
export function bodiesModule(output: CompileOutput): string {
  const primary = output.curriculum.languages[0] ?? "";
  const entries = output.curriculum.topics.map((topic) => {
    const loaders = topic.bodyLanguages.map(
      (lang) => `${JSON.stringify(lang)}: () => import(${JSON.stringify(bodyId(topic.id, lang))})`,
    );
    return `  ${JSON.stringify(topic.id)}: { ${loaders.join(", ")} },`;
  });
  return `const loaders = {
${entries.join("\n")}
};
const aliases = JSON.parse(${JSON.stringify(JSON.stringify(output.curriculum.aliases))});
const primary = ${JSON.stringify(primary)};
const own = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

export async function loadTopicBody(id, lang) {
  const current = own(loaders, id) ? id : own(aliases, id) ? aliases[id] : undefined;
  if (current === undefined) return undefined;
  const byLang = loaders[current];
  const load = own(byLang, lang) ? byLang[lang] : byLang[primary];
  return (await load()).default;
}
`;
}

/**
 * One topic's body (as HTML) and resources in one language, or undefined when it has none.
 * Throws BodyRenderError when the renderer fails.
 */
export function topicBody(
  output: CompileOutput,
  id: string,
  lang: string,
  renderBody: BodyRenderer,
  imageUrl: ImageUrl,
): TopicBody | undefined {
  const details = Object.hasOwn(output.details, id) ? output.details[id] : undefined;
  const markdown =
    details && Object.hasOwn(details.bodies, lang) ? details.bodies[lang] : undefined;
  if (details === undefined || markdown === undefined) return undefined;
  const image: ImageResolver = (src) => {
    const target = imageTarget(src);
    if (target.kind !== "local" || !Object.hasOwn(output.images, target.path)) return undefined;
    const file = output.images[target.path] as ImageAsset;
    return { src: imageUrl(file), width: file.width, height: file.height };
  };
  let html: string;
  try {
    html = renderBody(markdown, lang, image);
  } catch (error) {
    throw new BodyRenderError(id, lang, error);
  }
  return { id, lang, html, resources: details.resources };
}

/** One topic's body module (dev server), or undefined when that topic or language has no body. */
export function bodyModule(
  output: CompileOutput,
  id: string,
  lang: string,
  renderBody: BodyRenderer,
  imageUrl: ImageUrl,
): string | undefined {
  const body = topicBody(output, id, lang, renderBody, imageUrl);
  return body === undefined ? undefined : jsonModule(body);
}

export function bodyId(id: string, lang: string): string {
  return `${VIRTUAL.body}${id}--${lang}`;
}

/** [id, lang] of a body module id, or undefined. */
export function parseBodyId(moduleId: string): [string, string] | undefined {
  if (!moduleId.startsWith(VIRTUAL.body)) return undefined;
  const name = moduleId.slice(VIRTUAL.body.length);
  const split = name.lastIndexOf("--");
  if (split <= 0 || name.includes("/")) return undefined;
  return [name.slice(0, split), name.slice(split + 2)];
}
