import { useId, useMemo } from "react";
import { nextUp } from "../../graph";
import { useDoneIds, useGraph, useProgress } from "../app-context";
import { Localized } from "../components/localized";
import { TopicLink } from "../components/topic-link";
import { useI18n } from "../i18n";

const NEXT_UP_LIMIT = 5;

/** The engine's ranked available topics: on the way to the goal first. */
export function NextUp() {
  const graph = useGraph();
  const { t } = useI18n();
  const done = useDoneIds();
  const chosenGoal = useProgress((state) => state.goal);
  const goal = (chosenGoal && graph.canonicalId(chosenGoal)) ?? graph.curriculum.goal;
  const ids = useMemo(() => nextUp(graph, done, goal, NEXT_UP_LIMIT), [graph, done, goal]);
  const headingId = useId();
  const goalTopic = graph.topic(goal);
  const allDone = done.size >= graph.curriculum.topics.length;

  return (
    <section className="next-up" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.outline.nextUp.heading}</h2>
      {goalTopic && (
        <p className="next-up-goal">
          {t.outline.nextUp.goal}{" "}
          <TopicLink id={goal}>
            <Localized value={goalTopic.title} />
          </TopicLink>
        </p>
      )}
      {ids.length === 0 ? (
        <p>{allDone ? t.outline.nextUp.allDone : t.outline.nextUp.empty}</p>
      ) : (
        <ol className="next-up-list">
          {ids.map((id) => {
            const topic = graph.topic(id);
            return (
              <li key={id}>
                <TopicLink id={id} />
                {topic && topic.hours > 0 && (
                  <span className="hours"> · {t.shell.hours(topic.hours)}</span>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
