/**
 * Ticking and unticking topics with feedback: what just became available (live region and a
 * toast), an offer to tick a locked topic's missing prerequisites, a note when unticking a topic
 * that done topics build on, and Undo for every change.
 */
import { useMemo } from "react";
import { missingPrerequisites, type StatusMap, unlockedBy, updateStates } from "../../graph";
import { doneSetFor, primeStates, statesFor, useServices } from "../app-context";
import { useAnnounce } from "../components/live-announcer";
import { useToast } from "../components/toasts";
import { useI18n } from "../i18n";

const CHANGE_TOAST = "progress-change";

export interface TickApi {
  /** Marks one topic (canonical id) done (`checked`) or not done, with all the feedback. */
  toggle(id: string, checked: boolean): void;
}

export function useTick(): TickApi {
  const { graph, progress } = useServices();
  const { t, localize } = useI18n();
  const announce = useAnnounce();
  const toast = useToast();

  return useMemo<TickApi>(() => {
    const words = t.outline.tick;
    const title = (id: string) => {
      const topic = graph.topic(id);
      return topic ? localize(topic.title).text : id;
    };
    const list = (ids: readonly string[]) => ids.map(title).join(t.outline.listSeparator);

    /** Applies a change to the store and returns the states before and after it. */
    const apply = (kind: "tick" | "untick", ids: readonly string[]) => {
      const beforeSet = doneSetFor(graph, progress.getState().done);
      const before = statesFor(graph, beforeSet);
      if (kind === "tick") progress.getState().tick([...ids]);
      else progress.getState().untick([...ids]);
      const afterSet = doneSetFor(graph, progress.getState().done);
      let after: StatusMap;
      const [only] = ids;
      if (ids.length === 1 && only !== undefined) {
        // One topic changed: the engine revisits only its dependents; share the result.
        after = updateStates(graph, before, afterSet, only).states;
        primeStates(graph, afterSet, after);
      } else {
        after = statesFor(graph, afterSet);
      }
      return { beforeSet, afterSet, unlocked: unlockedBy(graph, before, after) };
    };

    const undo = () => {
      if (progress.getState().undo()) announce(words.undone);
    };

    const report = (
      parts: readonly string[],
      actions?: { label: string; onClick: () => void }[],
    ) => {
      const message = parts.join(" ");
      announce(message);
      // One shared key: only the latest change's toast stays, so Undo always undoes that change.
      toast.show({ key: CHANGE_TOAST, message, undo, ...(actions ? { actions } : {}) });
    };

    const unlockedText = (unlocked: readonly string[]) =>
      unlocked.length > 0 ? words.nowAvailable(list(unlocked)) : words.nothingNew;

    const tickPrerequisites = (ids: readonly string[]) => {
      const { unlocked } = apply("tick", ids);
      report([words.prerequisitesTicked(ids.length), unlockedText(unlocked)]);
    };

    const tick = (id: string) => {
      const doneBefore = doneSetFor(graph, progress.getState().done);
      const wasLocked = statesFor(graph, doneBefore).get(id)?.state === "locked";
      const missing = wasLocked ? missingPrerequisites(graph, doneBefore, id) : [];
      const { unlocked } = apply("tick", [id]);
      const parts = [words.ticked(title(id))];
      if (missing.length > 0) parts.push(words.lockedTick(title(id), missing.length));
      parts.push(unlockedText(unlocked));
      report(
        parts,
        missing.length > 0
          ? [
              {
                label: words.tickPrerequisites(missing.length),
                onClick: () => tickPrerequisites(missing),
              },
            ]
          : undefined,
      );
    };

    const untick = (id: string) => {
      // Stored ids may be former ids (aliases) of this topic: untick those too.
      const stored = Object.keys(progress.getState().done).filter(
        (key) => key === id || graph.canonicalId(key) === id,
      );
      const { afterSet } = apply("untick", stored.length > 0 ? stored : [id]);
      const dependents = (graph.topic(id)?.unlocks ?? []).filter((other) => afterSet.has(other));
      const parts = [words.unticked(title(id))];
      if (dependents.length > 0)
        parts.push(words.untickWarning(list(dependents), dependents.length));
      report(parts);
    };

    return { toggle: (id, checked) => (checked ? tick(id) : untick(id)) };
  }, [graph, progress, t, localize, announce, toast]);
}
