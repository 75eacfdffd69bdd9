import type { CheckedCurriculum } from "./check.ts";
import { computeLayout } from "./layout.ts";
import { compiledSlots, nextFreeSlot } from "./slots.ts";
import type {
  CompiledCurriculum,
  CompiledTopic,
  CompileOutput,
  GraphLayout,
  Lang,
  TopicDetails,
} from "./types.ts";

export interface CompileOptions {
  /** Compute the graph layout (default true). The validator skips it: it is the slow part. */
  readonly layout?: boolean;
}

const EMPTY_LAYOUT: GraphLayout = { width: 0, height: 0, nodes: [], edges: [] };

/** Turns a checked curriculum into what the app imports: core data, per-topic details, layout. */
export function compileCurriculum(
  checked: CheckedCurriculum,
  options: CompileOptions = {},
): CompileOutput {
  const primary = checked.languages[0] ?? "";
  const unlocks = new Map<string, string[]>(checked.topics.map((topic) => [topic.id, []]));
  for (const topic of checked.topics) {
    const named = new Set(
      topic.requires.flatMap((group) => group.members.map((member) => member.id)),
    );
    for (const id of named) unlocks.get(id)?.push(topic.id);
  }
  const details: Record<string, TopicDetails> = {};
  const topics = checked.topics.map((topic, index): CompiledTopic => {
    const title: Record<Lang, string> = { [primary]: topic.title ?? topic.id };
    const summary: Record<Lang, string> = { [primary]: topic.summary ?? "" };
    const bodies: Record<Lang, string> = { [primary]: topic.body };
    const translations = checked.translations.get(topic.id);
    for (const lang of checked.languages.slice(1)) {
      const translation = translations?.get(lang);
      if (!translation) continue;
      if (translation.title !== undefined) title[lang] = translation.title;
      if (translation.summary !== undefined) summary[lang] = translation.summary;
      // An empty translated body would hide the primary text; fall back instead.
      if (translation.body !== "") bodies[lang] = translation.body;
    }
    const noFreeResource = checked.noFreeResource.get(topic.id);
    details[topic.id] = {
      resources: checked.resources.get(topic.id) ?? [],
      bodies,
      ...(noFreeResource ? { noFreeResource } : {}),
    };
    return {
      id: topic.id,
      slot: checked.slots.topicSlots.get(topic.id) ?? -1,
      index,
      title,
      summary,
      bodyLanguages: Object.keys(bodies),
      section: topic.section?.id ?? "",
      requires: topic.requires.map((group) => group.members.map((member) => member.id)),
      recommends: topic.recommends.map((ref) => ref.id),
      unlocks: unlocks.get(topic.id) ?? [],
      hours: topic.hours,
      optional: topic.optional,
      source: topic.source ?? "article",
      aliases: topic.aliases.map((alias) => alias.id),
    };
  });
  const curriculum: CompiledCurriculum = {
    title: checked.title,
    ...(checked.source ? { source: checked.source } : {}),
    languages: checked.languages,
    goal: checked.goal,
    sections: checked.sections.map((section) => ({ id: section.id, title: section.title })),
    topics,
    order: checked.order,
    aliases: Object.fromEntries(checked.aliasOf),
    slots: compiledSlots(checked.slots.table, checked.aliasOf),
    slotCount: nextFreeSlot(checked.slots.table),
  };
  const layout = options.layout === false ? EMPTY_LAYOUT : computeLayout(topics, checked.goal);
  return {
    curriculum,
    details,
    layout,
    images: Object.fromEntries(checked.images),
    ...(checked.intro ? { intro: checked.intro } : {}),
  };
}
