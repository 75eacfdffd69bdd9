/**
 * Setting a topic's mark from a view, with the same feedback as a tick (what unlocks, Undo).
 * Setting done or known on a locked topic asks first (locked-mark-host.tsx, locked-check.ts);
 * `applyMark` carries out the learner's answer as one undo step.
 */
import { type Mark, markKindOf } from "../../progress/marks";
import { doneSetFor, statesFor } from "../app-context";
import { topicMark } from "./use-marks";
import {
  report,
  type TickContext,
  title,
  toggleTopic,
  unlockedText,
} from "../feedback/tick-feedback";

/**
 * Gives `id` the mark `mark` and, when given, marks `alsoKnown` known, as one undo step, then
 * says what changed. A plain tick or untick goes through the tick feedback.
 */
export function applyMark(
  context: TickContext,
  id: string,
  mark: Mark,
  alsoKnown: readonly string[] = [],
): void {
  const { graph, progress, i18n } = context;
  // A topic renamed with `aliases` may keep its mark under a former id: the mark is read as
  // the views read it, and a change moves it to the current id.
  const aliases = graph.topic(id)?.aliases ?? [];
  const records = progress.getState();
  const formerKeys = aliases.filter((key) => markKindOf(records, key) !== "none");
  const current = topicMark(records, id, aliases);
  if (current === mark && alsoKnown.length === 0) return;
  if (formerKeys.length === 0 && alsoKnown.length === 0) {
    if (mark === "done" && current !== "known") {
      toggleTopic(context, id, true);
      return;
    }
    if (mark === "none" && (current === "done" || current === "known")) {
      toggleTopic(context, id, false);
      return;
    }
  }
  const states = () => statesFor(graph, doneSetFor(graph, progress.getState().done));
  const before = states();
  const changes: [string, Mark][] = [
    [id, mark],
    ...formerKeys.map((key): [string, Mark] => [key, "none"]),
    ...alsoKnown.map((other): [string, Mark] => [other, "known"]),
  ];
  if (progress.getState().setMarks(changes).length === 0) return;
  const after = states();
  const words = i18n.t.marks;
  const parts = [words.marked(title(context, id), words.option[mark])];
  if (alsoKnown.length > 0) parts.push(words.alsoKnown(alsoKnown.length));
  if (before !== after) parts.push(unlockedText(context, before, after));
  report(context, parts);
}
