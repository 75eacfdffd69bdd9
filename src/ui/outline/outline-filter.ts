/** Which topics the outline shows: by state or electives, and by a title search. */
import type { CompiledTopic } from "../../curriculum/types";
import type { TopicState } from "../../graph";
import type { Mark } from "../../progress/marks";

export const OUTLINE_FILTERS = [
  "all",
  "available",
  "in-progress",
  "done",
  "known",
  "locked",
  "electives",
] as const;
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
  mark: Mark = "none",
): boolean {
  if (!passesFilter(topic, state, mark, filter)) return false;
  if (normalizedQuery === "") return true;
  return Object.values(topic.title).some((title) =>
    normalizeQuery(title).includes(normalizedQuery),
  );
}

/** The chips: by state, by mark ("Known" and "In progress"; "Done" includes known), electives. */
function passesFilter(
  topic: CompiledTopic,
  state: TopicState,
  mark: Mark,
  filter: OutlineFilter,
): boolean {
  if (filter === "all") return true;
  if (filter === "electives") return topic.optional;
  if (filter === "in-progress" || filter === "known") return mark === filter;
  return filter === state;
}
