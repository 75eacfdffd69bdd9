import { validateFields } from "./fields.ts";
import type { ProblemList } from "./problems.ts";
import { KEBAB_CASE, type TopicFields, topicSchema, translationSchema } from "./schema.ts";
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
  const { source, body } = parts;
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
  };
}

function readFrontMatter(
  file: string,
  rawText: string,
  problems: ProblemList,
): { source: YamlSource; body: string } | undefined {
  const split = splitFrontMatter(file, normaliseNewlines(rawText), problems);
  if (!split) return undefined;
  // The YAML starts on line 2, after the opening `---`.
  const source = parseYaml(file, split.yaml, 1, problems);
  return source ? { source, body: split.body } : undefined;
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
