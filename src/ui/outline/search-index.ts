/**
 * The outline's search: every text a learner might remember a topic by (titles, summaries,
 * former ids, section titles, resource titles, their own notes) in every language of the
 * curriculum, folded so that case, accents and full-width forms do not matter. Pure: the
 * outline builds the index only once someone searches.
 */
import type { CompiledCurriculum, Localized, Resource } from "../../curriculum/types";

/** Where a match was found, in the order results report it (the first that matches wins). */
export const SEARCH_FIELDS = ["title", "alias", "summary", "section", "resource", "note"] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export interface SearchEntry {
  readonly id: string;
  readonly field: SearchField;
  /** Folded text (see foldText). */
  readonly text: string;
}

/**
 * Lower case without accents or compatibility forms: decomposed (NFKD, so "é" is "e" plus a
 * mark and "Ｔ" is "T"), combining marks dropped, then lower-cased. "Réseau" finds "reseau".
 */
export function foldText(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().trim();
}

export interface SearchSources {
  readonly curriculum: CompiledCurriculum;
  /** Topic id -> the learner's note (empty notes are skipped). */
  readonly notes?: Readonly<Record<string, string>>;
  /** Topic id -> its resources, once loaded (they live outside the first-load data). */
  readonly resources?: ReadonlyMap<string, readonly Resource[]>;
}

/** One entry per text, in field order per topic. */
export function buildSearchIndex({ curriculum, notes, resources }: SearchSources): SearchEntry[] {
  const entries: SearchEntry[] = [];
  const sectionTitle = new Map(curriculum.sections.map((section) => [section.id, section.title]));
  const add = (id: string, field: SearchField, text: string) => {
    const folded = foldText(text);
    if (folded !== "") entries.push({ id, field, text: folded });
  };
  const addLocalized = (id: string, field: SearchField, value: Localized | undefined) => {
    for (const text of Object.values(value ?? {})) add(id, field, text);
  };
  for (const topic of curriculum.topics) {
    addLocalized(topic.id, "title", topic.title);
    // Former ids are kebab-case: "multi-head" is also found as "multi head".
    for (const alias of topic.aliases)
      add(topic.id, "alias", `${alias} ${alias.replace(/-/g, " ")}`);
    addLocalized(topic.id, "summary", topic.summary);
    addLocalized(topic.id, "section", sectionTitle.get(topic.section));
    for (const resource of resources?.get(topic.id) ?? []) {
      addLocalized(topic.id, "resource", resource.title);
    }
    const note = notes && Object.hasOwn(notes, topic.id) ? notes[topic.id] : undefined;
    if (note) add(topic.id, "note", note);
  }
  return entries;
}

/**
 * Topics whose texts contain the query (folded), each with the first field that matched;
 * undefined for an empty query (nothing to narrow).
 */
export function searchTopics(
  index: readonly SearchEntry[],
  query: string,
): ReadonlyMap<string, SearchField> | undefined {
  const needle = foldText(query);
  if (needle === "") return undefined;
  const found = new Map<string, SearchField>();
  for (const entry of index) {
    const known = found.get(entry.id);
    if (known !== undefined && rank(known) <= rank(entry.field)) continue;
    if (entry.text.includes(needle)) found.set(entry.id, entry.field);
  }
  return found;
}

function rank(field: SearchField): number {
  return SEARCH_FIELDS.indexOf(field);
}
