import { firstTooDeep } from "./block-depth.ts";
import { findImages, imageTarget } from "./images.ts";
import { validateFields } from "./fields.ts";
import { MAX_BLOCK_DEPTH } from "./limits.ts";
import type { ProblemList } from "./problems.ts";
import { KEBAB_CASE, shown, type TopicFields, topicSchema, translationSchema } from "./schema.ts";
import { type LocalizedField, readLocalized } from "./localized.ts";
import type { Resource, TopicSource } from "./types.ts";
import {
  lineOf,
  normaliseNewlines,
  parseYaml,
  splitFrontMatter,
  type YamlSource,
} from "./yaml-source.ts";

/** An id named somewhere in a topic file, with the line that names it. */
export interface Ref {
  readonly id: string;
  readonly line?: number;
}

/** One item of `requires`: a plain id (one member) or an anyOf group. */
export interface RequirementGroup {
  readonly members: readonly Ref[];
  readonly anyOf: boolean;
  readonly line?: number;
}

/** A topic file after its own checks; graph checks come later. Invalid fields are absent. */
export interface ParsedTopic {
  readonly file: string;
  /** The id the file name gives (`topics/<id>.md`). */
  readonly fileId: string;
  /** The front-matter id when it is a string, else the file's id. */
  readonly id: string;
  readonly idLine?: number;
  readonly title?: string;
  readonly section?: Ref;
  readonly summary?: string;
  readonly requires: readonly RequirementGroup[];
  readonly recommends: readonly Ref[];
  readonly aliases: readonly Ref[];
  readonly hours: number;
  readonly optional: boolean;
  readonly source?: TopicSource;
  readonly resources: readonly ParsedResource[];
  /** Why no free resource exists, when none does. */
  readonly noFreeResource?: LocalizedField;
  readonly body: string;
  /** Images the body shows from the curriculum folder. */
  readonly images: readonly LocalImage[];
}

/** An image file a body shows: its path inside the folder, and the line that names it. */
export interface LocalImage {
  readonly path: string;
  readonly line: number;
}

/** A resource whose per-language fields wait for curriculum.yaml's languages. */
export interface ParsedResource extends Omit<Resource, "title" | "where"> {
  readonly title: LocalizedField;
  readonly where?: LocalizedField;
}

/** A `topics/<id>.<lang>.md` file after its own checks. */
export interface ParsedTranslation {
  readonly file: string;
  readonly topicId: string;
  readonly lang: string;
  readonly title?: string;
  readonly summary?: string;
  readonly body: string;
  readonly images: readonly LocalImage[];
}

/**
 * Parses and checks one topic file: front matter syntax, field shapes, the id's form and that it
 * matches the file name, aliases' form, empty anyOf groups. Undefined when the front matter
 * cannot be read at all (the problems say why).
 */
export function parseTopicFile(
  file: string,
  fileId: string,
  rawText: string,
  problems: ProblemList,
): ParsedTopic | undefined {
  const parts = readFrontMatter(file, rawText, problems);
  if (!parts) return undefined;
  const { source, body, images } = parts;
  const fields = validateFields(topicSchema, source.value, source, problems);
  const idLine = lineOf(source, ["id"]);
  const id = fields.id ?? fileId;
  if (fields.id !== undefined) {
    if (!KEBAB_CASE.test(id)) {
      problems.error(
        file,
        `id '${id}' is not lowercase kebab-case (like 'residual-connection')`,
        idLine,
      );
    } else if (id !== fileId) {
      problems.error(
        file,
        `id '${id}' differs from the file name '${fileId}.md' (they must be equal)`,
        idLine,
      );
    }
  } else if (!KEBAB_CASE.test(fileId)) {
    problems.error(file, `file name '${fileId}.md' is not a lowercase kebab-case id`);
  }
  const aliases = refs(source, ["aliases"], fields.aliases);
  for (const alias of aliases) {
    if (!KEBAB_CASE.test(alias.id)) {
      problems.error(file, `alias '${alias.id}' is not lowercase kebab-case`, alias.line);
    }
  }
  return {
    file,
    fileId,
    id,
    idLine,
    title: fields.title,
    section:
      fields.section === undefined
        ? undefined
        : { id: fields.section, line: lineOf(source, ["section"]) },
    summary: fields.summary,
    requires: requirementGroups(file, source, fields.requires, problems),
    recommends: refs(source, ["recommends"], fields.recommends),
    aliases,
    hours: fields.hours ?? 0,
    optional: fields.optional ?? false,
    source: fields.source,
    resources: (fields.resources ?? []).map((resource, index) => ({
      ...resource,
      title: readLocalized(source, ["resources", index, "title"], resource.title),
      where:
        resource.where === undefined
          ? undefined
          : readLocalized(source, ["resources", index, "where"], resource.where),
    })),
    noFreeResource:
      fields.noFreeResource === undefined
        ? undefined
        : readLocalized(source, ["noFreeResource"], fields.noFreeResource),
    body,
    images,
  };
}

/** Parses and checks one translation file (`title` required, `summary` optional, body). */
export function parseTranslationFile(
  file: string,
  topicId: string,
  lang: string,
  rawText: string,
  problems: ProblemList,
): ParsedTranslation | undefined {
  const parts = readFrontMatter(file, rawText, problems);
  if (!parts) return undefined;
  const fields = validateFields(translationSchema, parts.source.value, parts.source, problems);
  return {
    file,
    topicId,
    lang,
    title: fields.title,
    summary: fields.summary,
    body: parts.body,
    images: parts.images,
  };
}

function readFrontMatter(
  file: string,
  rawText: string,
  problems: ProblemList,
): { source: YamlSource; body: string; images: LocalImage[] } | undefined {
  const split = splitFrontMatter(file, normaliseNewlines(rawText), problems);
  if (!split) return undefined;
  const images = checkBody(file, split.body, split.bodyLine, problems);
  // The YAML starts on line 2, after the opening `---`.
  const source = parseYaml(file, split.yaml, 1, problems);
  return source ? { source, body: split.body, images } : undefined;
}

/**
 * The limits on a body's Markdown that keep the renderer safe, and its images: remote ones are
 * refused here; the files of local ones are checked with the folder (check.ts).
 */
function checkBody(
  file: string,
  body: string,
  bodyLine: number,
  problems: ProblemList,
): LocalImage[] {
  const deep = firstTooDeep(body, MAX_BLOCK_DEPTH);
  if (deep) {
    problems.error(
      file,
      `Markdown blocks (quotes and list items) are nested more than ${MAX_BLOCK_DEPTH} deep here; at most ${MAX_BLOCK_DEPTH} levels are allowed`,
      bodyLine + deep.line,
    );
  }
  const images: LocalImage[] = [];
  for (const { src, line } of findImages(body)) {
    const target = imageTarget(src);
    const at = bodyLine + line;
    if (target.kind === "local") images.push({ path: target.path, line: at });
    else if (target.kind === "remote") {
      problems.error(
        file,
        `remote images are not allowed (got ${shown(src)}): the site's Content Security Policy lets a page load images from the site only, so it would always show broken, and fetching it would tell another server who is reading; save the image in the curriculum folder (e.g. topics/images/) and give its path relative to the topic file`,
        at,
      );
    } else {
      problems.error(
        file,
        `image ${shown(src)} is outside the curriculum folder: give a path relative to the topic file, such as images/figure.png`,
        at,
      );
    }
  }
  return images;
}

type RequiresField = NonNullable<TopicFields["requires"]>;

function requirementGroups(
  file: string,
  source: YamlSource,
  requires: RequiresField | undefined,
  problems: ProblemList,
): RequirementGroup[] {
  return (requires ?? []).map((item, index) => {
    const line = lineOf(source, ["requires", index]);
    if (typeof item === "string") return { members: [{ id: item, line }], anyOf: false, line };
    if (item.anyOf.length === 0) {
      problems.error(file, "anyOf is empty: list at least one topic id, or remove the group", line);
    }
    return {
      members: refs(source, ["requires", index, "anyOf"], item.anyOf),
      anyOf: true,
      line,
    };
  });
}

function refs(
  source: YamlSource,
  path: (string | number)[],
  ids: readonly string[] | undefined,
): Ref[] {
  return (ids ?? []).map((id, index) => ({ id, line: lineOf(source, [...path, index]) }));
}
