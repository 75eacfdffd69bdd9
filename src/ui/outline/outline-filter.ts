/** Which topics the outline shows: by state or electives, and by a title search. */
import type { CompiledTopic } from "../../curriculum/types";
import type { TopicState } from "../../graph";

export const OUTLINE_FILTERS = ["all", "available", "done", "locked", "electives"] as const;
export type OutlineFilter = (typeof OUTLINE_FILTERS)[number];

/** Lower-cased, width-folded and trimmed, so "ＲＮＮ " finds "RNN". */
export function normalizeQuery(text: string): string {
  return text.normalize("NFKC").toLocaleLowerCase().trim();
}

/**
 * Whether a topic passes the filter and the search. The search looks at the title in every
 * language, so a learner reading in English can still type the Chinese title, and vice versa.
 */
export function topicMatches(
  topic: CompiledTopic,
  state: TopicState,
  filter: OutlineFilter,
  normalizedQuery: string,
): boolean {
  if (filter === "electives" ? !topic.optional : filter !== "all" && filter !== state) return false;
  if (normalizedQuery === "") return true;
  return Object.values(topic.title).some((title) =>
    normalizeQuery(title).includes(normalizedQuery),
  );
}
