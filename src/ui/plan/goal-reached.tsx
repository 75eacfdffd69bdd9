import { type Ref, useId, useMemo } from "react";
import { suggestGoals } from "../../graph";
import { useDoneIds, useGraph } from "../app-context";
import { useI18n } from "../i18n";
import { GoalSuggestions } from "../outline/goal-suggestions";

export interface GoalReachedProps {
  readonly goal: string;
  readonly setGoal: (id: string) => void;
  /** The heading takes focus when the last plan item is ticked. */
  readonly headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * Shown when the goal needs nothing more: congratulations, and a few goals to aim for next
 * (the engine's suggestions, the same Next up offers).
 */
export function GoalReached({ goal, setGoal, headingRef }: GoalReachedProps) {
  const { t, localize } = useI18n();
  const graph = useGraph();
  const done = useDoneIds();
  const words = t.plan.goalReached;
  const headingId = useId();
  const suggestions = useMemo(() => suggestGoals(graph, done, goal), [graph, done, goal]);

  const goalTopic = graph.topic(goal);
  const goalTitle = goalTopic ? localize(goalTopic.title).text : goal;
  return (
    <section className="goal-reached" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        <span aria-hidden="true">🎉 </span>
        {words.heading}
      </h2>
      <p>{words.message(goalTitle)}</p>
      {suggestions.length === 0 ? (
        <p>{words.allDone}</p>
      ) : (
        <>
          <p>{words.suggest}</p>
          <GoalSuggestions ids={suggestions} setGoal={setGoal} label={words.setGoal} />
        </>
      )}
    </section>
  );
}
