import { useGraph } from "../app-context";
import { useI18n } from "../i18n";
import "./locked-row.css";

export interface NeedsLineProps {
  /** The topic's unmet requirement groups, as the engine's `computeStates` gives them. */
  readonly unmet: readonly (readonly string[])[];
}

/**
 * What a locked topic still needs, in words: "Needs: A, B" for plain requirements, then
 * "Needs one of: C, D" for each any-of group, in the order the topic writes them.
 */
export function NeedsLine({ unmet }: NeedsLineProps) {
  const graph = useGraph();
  const { t, localize } = useI18n();
  if (unmet.length === 0) return null;
  const needs = t.firstVisit.needs;
  const list = t.feedback.listSeparator;
  const title = (id: string) => {
    const topic = graph.topic(id);
    return topic ? localize(topic.title).text : id;
  };
  const single = unmet.filter((group) => group.length === 1).map((group) => title(group[0] ?? ""));
  const parts: string[] = [];
  if (single.length > 0) parts.push(needs.all + single.join(list));
  for (const group of unmet) {
    if (group.length > 1) parts.push(needs.anyOf + group.map(title).join(list));
  }
  return <p className="topic-needs">{parts.join(needs.separator)}</p>;
}
