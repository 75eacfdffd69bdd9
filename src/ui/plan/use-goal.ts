import { useCallback } from "react";
import type { Graph } from "../../graph";
import { useProgress, useServices } from "../app-context";

export interface GoalApi {
  /** The goal as a current topic id. */
  readonly goal: string;
  /** True when the learner has not picked a goal of their own (or picked the default one). */
  readonly isDefault: boolean;
  /** Remembers the learner's goal in the progress store; null goes back to the default. */
  readonly setGoal: (id: string | null) => void;
}

/**
 * The learner's goal: their stored choice when it still names a topic (aliases follow a
 * rename), else the curriculum's goal, else the last topic in topological order.
 */
export function resolveGoal(graph: Graph, stored: string | null): string {
  const chosen = stored === null ? undefined : graph.canonicalId(stored);
  return chosen ?? graph.canonicalId(graph.curriculum.goal) ?? graph.order.at(-1) ?? "";
}

/** The current goal and a way to change it (kept in the progress store's `goal`). */
export function useGoal(): GoalApi {
  const { graph, progress } = useServices();
  const stored = useProgress((state) => state.goal);
  const goal = resolveGoal(graph, stored);
  const setGoal = useCallback((id: string | null) => progress.getState().setGoal(id), [progress]);
  return { goal, isDefault: goal === resolveGoal(graph, null), setGoal };
}
