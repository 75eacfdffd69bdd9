/**
 * The authoring format's shapes, as valibot schemas. Allowed fields are the schemas' entries, so
 * the unknown-field check and the types derive from one definition. Graph rules (ids that name
 * topics, cycles, electives) are checked in code over the parsed data, not here.
 */
import * as v from "valibot";
import { MAX_HOURS, MAX_INTRO_BYTES, MAX_SUMMARY_CHARS, MAX_TITLE_CHARS } from "./limits.ts";
import { RESOURCE_KINDS, TOPIC_SOURCES } from "./types.ts";

/** Lowercase kebab-case: words of a–z and 0–9 joined by single hyphens. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A language code such as `zh`, `en` or `pt-BR`. */
export const LANGUAGE_CODE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** Shows a received value briefly inside a message. */
export function shown(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map";
  const text = typeof value === "string" ? `'${value}'` : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…'` : text;
}

const got = (issue: { input: unknown }) => `(got ${shown(issue.input)})`;

/** Text: a string, or a number written without quotes (e.g. a title "2048"). */
const text = v.pipe(
  v.union([v.string(), v.number()], (issue) => `must be text ${got(issue)}`),
  v.transform((value) => String(value).trim()),
  v.nonEmpty("must not be empty"),
);

/** Text of at most `max` characters (code points, as a reader counts them). */
function limitedText(max: number) {
  return v.pipe(
    text,
    v.check(
      (value) => characters(value) <= max,
      (issue) => `must be at most ${max} characters (got ${characters(String(issue.input))})`,
    ),
  );
}

function characters(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}

const title = limitedText(MAX_TITLE_CHARS);
const summary = limitedText(MAX_SUMMARY_CHARS);

/** A reference to a topic id; whether it names a topic is a graph check. */
const reference = v.pipe(
  v.string((issue) => `must be a topic id ${got(issue)}`),
  v.trim(),
  v.nonEmpty("must not be empty"),
);

const referenceList = v.array(reference, (issue) => `must be a list of topic ids ${got(issue)}`);

/**
 * Text per language, or one string for the primary language. The map's keys are checked
 * against the languages later, from the YAML itself: a record schema leaves out keys such as
 * `constructor` or `__proto__`, which must be reported like any other unknown language.
 */
function localized<T extends v.GenericSchema<unknown, string>>(item: T) {
  return v.union(
    [item, v.record(v.string(), item)],
    (issue) => `must be text or a map of language to text, such as {zh: …, en: …} ${got(issue)}`,
  );
}

const localizedTitle = localized(title);
const localizedText = localized(text);

const httpUrl = v.pipe(
  v.string((issue) => `must be a URL ${got(issue)}`),
  v.trim(),
  v.check(isHttpUrl, (issue) => `must be an http:// or https:// URL ${got(issue)}`),
);

export const resourceSchema = v.object({
  title: localizedTitle,
  kind: v.picklist(
    RESOURCE_KINDS,
    (issue) =>
      `is not a known resource kind ${got(issue)}; use one of: ${RESOURCE_KINDS.join(", ")}`,
  ),
  url: v.optional(httpUrl),
  authors: v.optional(
    v.union(
      [
        text,
        v.pipe(
          v.array(text),
          v.transform((names) => names.join(", ")),
        ),
      ],
      (issue) => `must be text or a list of names ${got(issue)}`,
    ),
  ),
  year: v.optional(
    v.pipe(
      v.number((issue) => `must be a whole number ${got(issue)}`),
      v.integer((issue) => `must be a whole number ${got(issue)}`),
    ),
  ),
  where: v.optional(localizedText),
  free: v.optional(v.boolean((issue) => `must be true or false ${got(issue)}`)),
});

export const anyOfGroupSchema = v.object({
  anyOf: v.array(reference, (issue) => `must be a list of topic ids ${got(issue)}`),
});

export const requirementSchema = v.union(
  [reference, anyOfGroupSchema],
  (issue) => `must be a topic id or a group such as '- anyOf: [a, b]' ${got(issue)}`,
);

export const topicSchema = v.object({
  id: v.pipe(
    v.string((issue) => `must be a topic id ${got(issue)}`),
    v.trim(),
  ),
  title,
  section: reference,
  summary: v.optional(summary),
  requires: v.optional(
    v.array(requirementSchema, (issue) => `must be a list of ids and anyOf groups ${got(issue)}`),
  ),
  recommends: v.optional(referenceList),
  hours: v.optional(
    v.pipe(
      v.number((issue) => `must be a positive number ${got(issue)}`),
      v.check(
        (n) => Number.isFinite(n) && n > 0,
        (issue) => `must be a positive number ${got(issue)}`,
      ),
      v.check(
        (n) => n <= MAX_HOURS,
        (issue) => `must be at most ${MAX_HOURS} hours ${got(issue)}`,
      ),
    ),
  ),
  optional: v.optional(v.boolean((issue) => `must be true or false ${got(issue)}`)),
  source: v.picklist(
    TOPIC_SOURCES,
    (issue) => `must be ${TOPIC_SOURCES.map((s) => `'${s}'`).join(" or ")} ${got(issue)}`,
  ),
  aliases: v.optional(referenceList),
  resources: v.optional(
    v.array(resourceSchema, (issue) => `must be a list of resources ${got(issue)}`),
  ),
  /** Why no free resource exists for this topic (when none does). */
  noFreeResource: v.optional(localizedText),
});

export const translationSchema = v.object({
  title,
  summary: v.optional(summary),
});

export const sectionSchema = v.object({
  id: v.pipe(
    v.string((issue) => `must be a section id ${got(issue)}`),
    v.trim(),
  ),
  title: localizedTitle,
});

/** A calendar date written YYYY-MM-DD that exists (no 2024-02-30). */
const calendarDate = v.pipe(
  v.string((issue) => `must be a date written YYYY-MM-DD ${got(issue)}`),
  v.trim(),
  v.check(isCalendarDate, (issue) => `must be a real date written YYYY-MM-DD ${got(issue)}`),
);

/** The work a curriculum is drawn from (an article, a book, a course). */
export const sourceSchema = v.object(
  {
    title: localizedTitle,
    author: v.optional(title),
    url: v.optional(httpUrl),
    date: v.optional(calendarDate),
  },
  (issue) => `must be a map such as {title: …, url: …} ${got(issue)}`,
);

/** Markdown shown on the About page, at most MAX_INTRO_BYTES in UTF-8. */
const introText = v.pipe(
  text,
  v.check(
    (value) => new TextEncoder().encode(value).length <= MAX_INTRO_BYTES,
    (issue) =>
      `must be at most ${MAX_INTRO_BYTES / 1024} KB (got ${Math.ceil(new TextEncoder().encode(String(issue.input)).length / 1024)} KB)`,
  ),
);

export const configSchema = v.object({
  title: localizedTitle,
  languages: v.pipe(
    v.array(
      v.pipe(
        v.string((issue) => `must list language codes ${got(issue)}`),
        v.regex(
          LANGUAGE_CODE,
          (issue) => `must list language codes such as zh or en ${got(issue)}`,
        ),
      ),
      (issue) => `must be a list of language codes such as [zh, en] ${got(issue)}`,
    ),
    v.minLength(1, "must name at least one language (the first is the primary)"),
    v.check((codes) => new Set(codes).size === codes.length, "must not list a language twice"),
  ),
  goal: v.optional(reference),
  sections: v.pipe(
    v.array(sectionSchema, (issue) => `must be a list of sections ${got(issue)}`),
    v.minLength(1, "must list at least one section"),
  ),
  source: v.optional(sourceSchema),
  intro: v.optional(localized(introText)),
});

export type TopicFields = v.InferOutput<typeof topicSchema>;
export type TranslationFields = v.InferOutput<typeof translationSchema>;
export type ConfigFields = v.InferOutput<typeof configSchema>;
export type RequirementField = v.InferOutput<typeof requirementSchema>;

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}
