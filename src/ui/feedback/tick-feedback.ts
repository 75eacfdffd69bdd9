/**
 * Ticking and unticking, and what a learner hears and sees after it: every topic that has just
 * become available (live region and a toast), how many prerequisites a locked topic ticked anyway
 * still lacks (the choice itself is asked first, see progress-marks/locked-mark-host.tsx), a
 * note when unticking a topic that done topics build on, and Undo for every change.
 */
import { missingPrerequisites, type StatusMap, unlockedBy, updateStates } from "../../graph";
import { type AppServices, doneSetFor, primeStates, statesFor } from "../app-context";
import { announceIn } from "./announce";
import type { FeedbackChannels } from "./feedback-context";
import { toastApi } from "./toasts";
import type { I18n } from "../i18n";

/** Everything the feedback needs from the components that saw the change. */
export interface TickContext {
  readonly graph: AppServices["graph"];
  readonly progress: AppServices["progress"];
  readonly i18n: Pick<I18n, "t" | "localize">;
  /** Where the feedback goes: the live region and the toasts. */
  readonly feedback: FeedbackChannels;
}

/**
 * Ticks (`checked`) or unticks one topic (canonical id) in the learner's progress, then reports
 * the change. Unticking also unticks stored former ids (aliases) of the topic.
 */
export function toggleTopic(context: TickContext, id: string, checked: boolean): void {
  const { graph, progress } = context;
  const done = () => doneSetFor(graph, progress.getState().done);
  const beforeSet = done();
  if (checked) {
    progress.getState().tick([id]);
  } else {
    const stored = Object.keys(progress.getState().done).filter(
      (key) => key === id || graph.canonicalId(key) === id,
    );
    progress.getState().untick(stored.length > 0 ? stored : [id]);
  }
  reportTick(context, { id, checked, beforeSet, afterSet: done() });
}

/** One tick or untick of one topic (canonical id), with the done sets around it. */
export interface TickChange {
  readonly id: string;
  readonly checked: boolean;
  readonly beforeSet: ReadonlySet<string>;
  readonly afterSet: ReadonlySet<string>;
}

const CHANGE_TOAST = "progress-change";

/** Announces a tick or untick that has just been applied, with its toast. */
function reportTick(context: TickContext, change: TickChange): void {
  const { graph, i18n } = context;
  const { id, checked, beforeSet, afterSet } = change;
  const words = i18n.t.feedback.tick;
  const before = statesFor(graph, beforeSet);
  if (!checked) {
    const dependents = (graph.topic(id)?.unlocks ?? []).filter((other) => afterSet.has(other));
    const parts = [words.unticked(title(context, id))];
    if (dependents.length > 0)
      parts.push(words.untickWarning(list(context, dependents), dependents.length));
    report(context, parts);
    return;
  }
  const missing =
    before.get(id)?.state === "locked" ? missingPrerequisites(graph, beforeSet, id) : [];
  // One topic changed: the engine revisits only its dependents, and the views reuse the result.
  const after = updateStates(graph, before, afterSet, id);
  primeStates(graph, afterSet, after);
  const parts = [words.ticked(title(context, id))];
  if (missing.length > 0) parts.push(words.lockedTick(title(context, id), missing.length));
  parts.push(unlockedText(context, before, after));
  report(context, parts);
}

/** Undoes the latest change (the toast's Undo) and says so. */
function undoLastChange(context: TickContext): void {
  if (context.progress.getState().undo()) announce(context, context.i18n.t.feedback.tick.undone);
}

function announce(context: TickContext, message: string): void {
  announceIn(context.feedback.region.current, message);
}

/** The title of a topic (current or former id) in the reading language; the id if unknown. */
export function title({ graph, i18n }: Pick<TickContext, "graph" | "i18n">, id: string): string {
  const topic = graph.topic(id);
  return topic ? i18n.localize(topic.title).text : id;
}

function list(context: TickContext, ids: readonly string[]): string {
  return ids.map((id) => title(context, id)).join(context.i18n.t.feedback.listSeparator);
}

export function unlockedText(context: TickContext, before: StatusMap, after: StatusMap): string {
  const unlocked = unlockedBy(context.graph, before, after);
  const words = context.i18n.t.feedback.tick;
  return unlocked.length > 0 ? words.nowAvailable(list(context, unlocked)) : words.nothingNew;
}

export function report(
  context: TickContext,
  parts: readonly string[],
  actions?: { label: string; onClick: () => void }[],
): void {
  const message = parts.join(context.i18n.t.shell.sentenceGap);
  announce(context, message);
  // One shared key: only the latest change's toast stays, so Undo always undoes that change.
  toastApi(context.feedback.setToasts).show({
    key: CHANGE_TOAST,
    message,
    undo: () => undoLastChange(context),
    ...(actions ? { actions } : {}),
  });
}
