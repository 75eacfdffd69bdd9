import { type Ref, useId, useMemo } from "react";
import { nextUp, unlocksOf } from "../../graph";
import { useDoneIds, useGraph } from "../app-context";
import { TopicLink } from "../components/topic-link";
import { useI18n } from "../i18n";

export interface GoalReachedProps {
  readonly goal: string;
  readonly setGoal: (id: string) => void;
  /** The heading takes focus when the last plan item is ticked. */
  readonly headingRef?: Ref<HTMLHeadingElement>;
}

/** How many next goals to suggest. */
const SUGGESTIONS = 4;

/**
 * Shown when the goal needs nothing more: congratulations, and a few goals to aim for next —
 * the curriculum's own goal if not done yet, what the reached goal opens up, then what the
 * engine ranks as most useful to learn next.
 */
export function GoalReached({ goal, setGoal, headingRef }: GoalReachedProps) {
  const { t, localize } = useI18n();
  const graph = useGraph();
  const done = useDoneIds();
  const words = t.plan.goalReached;
  const headingId = useId();

  const suggestions = useMemo(() => {
    const defaultGoal = graph.canonicalId(graph.curriculum.goal);
    const candidates = [
      ...(defaultGoal === undefined ? [] : [defaultGoal]),
      ...unlocksOf(graph, goal).direct,
      ...nextUp(graph, done, goal, SUGGESTIONS * 2),
    ];
    const fresh = candidates.filter((id) => id !== goal && !done.has(id));
    return [...new Set(fresh)].slice(0, SUGGESTIONS);
  }, [graph, done, goal]);

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
          <ul className="goal-suggestions">
            {suggestions.map((id) => {
              const topic = graph.topic(id);
              const title = topic ? localize(topic.title).text : id;
              return (
                <li key={id}>
                  <TopicLink id={id} />
                  <button type="button" onClick={() => setGoal(id)}>
                    {words.setGoal(title)}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
