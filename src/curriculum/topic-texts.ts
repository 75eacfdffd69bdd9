import { resolveLocalized } from "./localized.ts";
import type { ParsedTopic } from "./parse-topic.ts";
import type { ProblemList } from "./problems.ts";
import type { Localized, Resource } from "./types.ts";

/** Every topic's per-language resource fields and noFreeResource, checked against the languages. */
export function topicTexts(
  topics: readonly ParsedTopic[],
  languages: readonly string[],
  problems: ProblemList,
) {
  const resources = new Map<string, Resource[]>();
  const noFreeResource = new Map<string, Localized>();
  for (const topic of topics) {
    resources.set(
      topic.id,
      topic.resources.map(({ title, where, ...rest }) => ({
        ...rest,
        title: resolveLocalized(title, languages, problems),
        ...(where === undefined ? {} : { where: resolveLocalized(where, languages, problems) }),
      })),
    );
    if (topic.noFreeResource) {
      noFreeResource.set(topic.id, resolveLocalized(topic.noFreeResource, languages, problems));
    }
  }
  return { resources, noFreeResource };
}
