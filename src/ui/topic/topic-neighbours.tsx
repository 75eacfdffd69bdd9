import { useMemo } from "react";
import { planTo } from "../../graph";
import { useCurriculum, useDoneIds, useGraph } from "../app-context";
import { TopicLink } from "../components/topic-link";
import { useI18n } from "../i18n";
import { useGoal } from "../plan/use-goal";

interface Neighbours {
  readonly previous: string | undefined;
  readonly next: string | undefined;
  /** Set when walking the plan: this topic's 1-based step and the plan's length. */
  readonly step?: { readonly at: number; readonly of: number };
}

/**
 * Previous and next topic: along the learner's plan to their goal when this topic is on it,
 * otherwise in outline order (and it says which).
 */
export function TopicNeighbours({ id }: { id: string }) {
  const { t, localize } = useI18n();
  const graph = useGraph();
  const curriculum = useCurriculum();
  const done = useDoneIds();
  const { goal } = useGoal();

  const neighbours = useMemo<Neighbours>(() => {
    // The plan is computed as if this topic were not done yet, so ticking it here does not
    // make it drop off the plan and the links jump: "next" stays what comes after it.
    const withoutThis = new Set(done);
    withoutThis.delete(id);
    const plan = planTo(graph, withoutThis, goal).topics;
    const at = plan.indexOf(id);
    if (at >= 0) {
      return { previous: plan[at - 1], next: plan[at + 1], step: { at: at + 1, of: plan.length } };
    }
    const order = curriculum.topics;
    const index = order.findIndex((topic) => topic.id === id);
    return { previous: order[index - 1]?.id, next: order[index + 1]?.id };
  }, [graph, curriculum, done, goal, id]);

  const goalTopic = graph.topic(goal);
  const words = t.topic.neighbours;
  return (
    <nav className="topic-neighbours" aria-label={words.label}>
      <p className="topic-note">
        {neighbours.step
          ? words.alongPlan(
              goalTopic ? localize(goalTopic.title).text : goal,
              neighbours.step.at,
              neighbours.step.of,
            )
          : words.inOrder}
      </p>
      <ul>
        {neighbours.previous !== undefined && (
          <li className="neighbour-previous">
            <span aria-hidden="true">← </span>
            {words.previous}
            <TopicLink id={neighbours.previous} />
          </li>
        )}
        {neighbours.next !== undefined && (
          <li className="neighbour-next">
            {words.next}
            <TopicLink id={neighbours.next} />
            <span aria-hidden="true"> →</span>
          </li>
        )}
      </ul>
    </nav>
  );
}
