import { validateFields } from "./fields.ts";
import { readLocalized, resolveLocalized } from "./localized.ts";
import type { Ref } from "./parse-topic.ts";
import type { ProblemList } from "./problems.ts";
import { type ConfigFields, configSchema, KEBAB_CASE } from "./schema.ts";
import type { CurriculumSource, Localized } from "./types.ts";
import { lineOf, normaliseNewlines, parseYaml, type YamlPath } from "./yaml-source.ts";

export interface ParsedSection {
  readonly id: string;
  readonly title: Localized;
  readonly line?: number;
}

/** `curriculum.yaml` after its own checks. Invalid parts are absent. */
export interface ParsedConfig {
  readonly file: string;
  readonly title?: Localized;
  /** The first is the primary language. */
  readonly languages?: readonly string[];
  readonly goal?: Ref;
  readonly sections?: readonly ParsedSection[];
  readonly source?: CurriculumSource;
  /** Markdown per language. */
  readonly intro?: Localized;
}

/**
 * Parses and checks `curriculum.yaml`: field shapes, section ids (kebab-case, unique), and that
 * every per-language title holds the primary language and only listed languages (a missing
 * secondary language is a warning).
 */
export function parseConfigFile(
  file: string,
  rawText: string,
  problems: ProblemList,
): ParsedConfig {
  const source = parseYaml(file, normaliseNewlines(rawText), 0, problems);
  if (!source) return { file };
  const fields = validateFields(configSchema, source.value, source, problems, "curriculum.yaml");
  const languages = fields.languages;
  const localize = (value: string | Record<string, string> | undefined, path: YamlPath) =>
    value === undefined || languages === undefined
      ? undefined
      : resolveLocalized(readLocalized(source, path, value), languages, problems);
  const sections: ParsedSection[] = [];
  const seen = new Set<string>();
  fields.sections?.forEach((section, index) => {
    const line = lineOf(source, ["sections", index, "id"]);
    if (!KEBAB_CASE.test(section.id)) {
      problems.error(file, `section id '${section.id}' is not lowercase kebab-case`, line);
    } else if (seen.has(section.id)) {
      problems.error(file, `section id '${section.id}' is used twice`, line);
    }
    seen.add(section.id);
    const title = localize(section.title, ["sections", index, "title"]);
    sections.push({ id: section.id, title: title ?? { "": section.id }, line });
  });
  return {
    file,
    title: localize(fields.title, ["title"]),
    languages,
    goal:
      fields.goal === undefined ? undefined : { id: fields.goal, line: lineOf(source, ["goal"]) },
    sections: fields.sections === undefined ? undefined : sections,
    source:
      fields.source &&
      parsedSource(fields.source, localize(fields.source.title, ["source", "title"])),
    intro: localize(fields.intro, ["intro"]),
  };
}

function parsedSource(
  fields: NonNullable<ConfigFields["source"]>,
  title: Localized | undefined,
): CurriculumSource | undefined {
  if (title === undefined) return undefined;
  const { author, url, date } = fields;
  return {
    title,
    ...(author === undefined ? {} : { author }),
    ...(url === undefined ? {} : { url }),
    ...(date === undefined ? {} : { date }),
  };
}
