/**
 * The layout hint for the graph's opening frame. A new learner's graph opens on the path to the
 * curriculum's goal and on where they can start; the layout keeps those topics together, so that
 * frame is as small as the drawing allows and fits a laptop screen at a readable zoom.
 */
import type { CompiledTopic } from "./types.ts";

/**
 * The goal and everything it needs (every member of an any-of group included: any of them may
 * be the learner's way), plus the topics that need nothing (where anyone can start). Electives
 * are left out: they have a band of their own. Empty without a known goal.
 */
export function openingTopics(
  topics: readonly CompiledTopic[],
  goal: string | undefined,
): string[] {
  const byId = new Map(topics.map((topic) => [topic.id, topic]));
  if (goal === undefined || !byId.has(goal)) return [];
  const found = new Set<string>();
  const stack = [goal];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    const topic = byId.get(id);
    if (!topic || found.has(id)) continue;
    found.add(id);
    for (const group of topic.requires) stack.push(...group);
  }
  for (const topic of topics) if (topic.requires.length === 0) found.add(topic.id);
  return topics.filter((topic) => found.has(topic.id) && !topic.optional).map((topic) => topic.id);
}
