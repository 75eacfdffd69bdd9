/**
 * Fields that hold text per language (`title: {zh: …, en: …}`) or one string for the primary
 * language. A field is read in two steps, because a topic file is parsed before curriculum.yaml
 * says which languages there are: `readLocalized` notes what the file holds and where, and
 * `resolveLocalized` checks it against the languages.
 */
import { label } from "./fields.ts";
import type { ProblemList } from "./problems.ts";
import { didYouMean } from "./suggest.ts";
import type { Localized } from "./types.ts";
import { lineOf, nodeAt, type YamlPath, type YamlSource } from "./yaml-source.ts";

export interface LocalizedField {
  readonly file: string;
  /** The field as messages name it, e.g. `resources[0].title`. */
  readonly name: string;
  readonly line?: number;
  /** The text, or every key of the map as written with its text (undefined when not text). */
  readonly value:
    | string
    | readonly { readonly lang: string; readonly text?: string; readonly line?: number }[];
}

/**
 * Notes the field at `path`, whose valid value (after the schema) is `value`. The keys come
 * from the YAML itself, so that keys a record schema leaves out (`constructor`, `__proto__`)
 * are still reported as unknown languages.
 */
export function readLocalized(
  source: YamlSource,
  path: YamlPath,
  value: string | Readonly<Record<string, string>>,
): LocalizedField {
  const base = { file: source.file, name: label(path), line: lineOf(source, path) };
  if (typeof value === "string") return { ...base, value };
  const node = nodeAt(source, path);
  const keys = node?.kind === "map" ? [...node.entries.keys()] : Object.keys(value);
  return {
    ...base,
    value: keys.map((lang) => ({
      lang,
      text: Object.hasOwn(value, lang) ? value[lang] : undefined,
      line: lineOf(source, [...path, lang]),
    })),
  };
}

/**
 * The field as Localized: a map must hold the primary language and only listed languages (an
 * error each), and a missing other language is a warning when `warnMissing`.
 */
export function resolveLocalized(
  field: LocalizedField,
  languages: readonly string[],
  problems: ProblemList,
  warnMissing = true,
): Localized {
  const primary = languages[0] ?? "";
  if (typeof field.value === "string") return { [primary]: field.value };
  const result: Record<string, string> = {};
  for (const { lang, text, line } of field.value) {
    if (!languages.includes(lang)) {
      problems.error(
        field.file,
        `'${field.name}' has language '${lang}', which is not in languages (${languages.join(", ")})${didYouMean(lang, languages)}`,
        line,
      );
    } else if (text !== undefined) {
      result[lang] = text;
    }
  }
  if (result[primary] === undefined) {
    problems.error(
      field.file,
      `'${field.name}' has no '${primary}' text (the primary language)`,
      field.line,
    );
  }
  if (!warnMissing) return result;
  for (const lang of languages.slice(1)) {
    if (result[lang] === undefined) {
      problems.warning(
        field.file,
        `missing translation: '${field.name}' has no '${lang}' text (falls back to ${primary})`,
        field.line,
      );
    }
  }
  return result;
}
