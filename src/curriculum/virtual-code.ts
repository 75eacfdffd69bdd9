/**
 * Source code of the virtual modules the Vite plugin serves. Data goes in as JSON.parse of a
 * string literal (engines parse JSON faster than the equivalent object literal), and the core
 * curriculum of a build as a JSON file of its own (see curriculumModule).
 */
import { createHash } from "node:crypto";
import type { CompileOutput, CompiledCurriculum, TopicBody } from "./types";

export const VIRTUAL = {
  curriculum: "virtual:jiewang/curriculum",
  layout: "virtual:jiewang/layout",
  bodies: "virtual:jiewang/bodies",
  /**
   * Prefix of one topic's body in one language: `virtual:jiewang/body/<id>--<lang>` (kebab ids
   * never hold `--`). The last segment names the chunk, e.g. `softmax--en-<hash>.js`.
   */
  body: "virtual:jiewang/body/",
} as const;

/** The core curriculum as the text of the JSON file a build emits. */
export function curriculumJson(curriculum: CompiledCurriculum): string {
  return JSON.stringify(curriculum);
}

/**
 * The emitted file's name inside the assets folder: `curriculum-<hash>.json`, the hash taken
 * from the content so the name changes exactly when the curriculum does (safe to cache forever).
 */
export function curriculumFileName(json: string): string {
  const hash = createHash("sha256").update(json).digest("base64url").slice(0, 8);
  return `curriculum-${hash}.json`;
}

/**
 * The `virtual:jiewang/curriculum` module of a build: `loadCurriculum()` fetches and parses the
 * emitted JSON file. `fileUrl` is an expression for that file's URL relative to the script, so
 * the site works under any path. Why a file and not a module: JSON parses faster than the same
 * data as JavaScript, index.html preloads it alongside the scripts, it stays out of the
 * JavaScript the first page must run, and a curriculum edit leaves the cached app code valid.
 */
export function fetchedCurriculumModule(fileUrl: string): string {
  return `const curriculumUrl = ${fileUrl};
export async function loadCurriculum() {
  const response = await fetch(curriculumUrl);
  if (!response.ok) throw new Error(\`\${curriculumUrl}: HTTP \${response.status}\`);
  return response.json();
}
`;
}

/**
 * The `virtual:jiewang/curriculum` module on the dev server: the same `loadCurriculum()` over
 * inline data, so Vite's module graph reloads it when a curriculum file changes and a broken
 * curriculum fails this module with the validator's messages (Vite's error overlay).
 */
export function inlineCurriculumModule(json: string): string {
  return `const curriculum = JSON.parse(${JSON.stringify(json)});
export async function loadCurriculum() {
  return curriculum;
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

/** One topic's body module, or undefined when that topic or language has no body. */
export function bodyModule(output: CompileOutput, id: string, lang: string): string | undefined {
  const details = Object.hasOwn(output.details, id) ? output.details[id] : undefined;
  const markdown =
    details && Object.hasOwn(details.bodies, lang) ? details.bodies[lang] : undefined;
  if (details === undefined || markdown === undefined) return undefined;
  const body: TopicBody = { id, lang, markdown, resources: details.resources };
  return jsonModule(body);
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
