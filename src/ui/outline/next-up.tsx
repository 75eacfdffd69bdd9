import { type Ref, useId, useMemo } from "react";
import { nextUpGroups } from "../../graph";
import { useDoneIds, useGraph } from "../app-context";
import { Localized } from "../components/localized";
import { TopicLink } from "../components/topic-link";
import { useI18n } from "../i18n";
import { useGoal } from "../plan/use-goal";
import { GoalSuggestions } from "./goal-suggestions";

/** How many topics each group lists: enough to choose from, short enough to scan. */
const ON_PATH_LIMIT = 4;
const ALSO_LIMIT = 3;

/**
 * Next up in two groups, from the engine: the available topics on the way to the goal in plan
 * order, then the others. Once the goal is reached it names no done goal, and offers the next
 * goals the Plan suggests instead. Its heading takes focus by script (`headingRef`), e.g. when it
 * comes back in the welcome's place.
 */
export function NextUp({ headingRef }: { headingRef?: Ref<HTMLHeadingElement> }) {
  const graph = useGraph();
  const { t } = useI18n();
  const done = useDoneIds();
  const { goal, setGoal } = useGoal();
  const groups = useMemo(
    () => nextUpGroups(graph, done, goal, { onPath: ON_PATH_LIMIT, alsoAvailable: ALSO_LIMIT }),
    [graph, done, goal],
  );
  const headingId = useId();
  const pathId = useId();
  const alsoId = useId();
  const words = t.firstVisit.nextUp;
  const goalTopic = graph.topic(goal);
  const allDone = done.size >= graph.curriculum.topics.length;
  const nothing = groups.onPath.length === 0 && groups.alsoAvailable.length === 0;

  return (
    <section className="next-up" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t.outline.nextUp.heading}
      </h2>
      {groups.goalReached && groups.nextGoals.length > 0 && (
        <>
          <p>{words.goalReached}</p>
          <GoalSuggestions ids={groups.nextGoals} setGoal={setGoal} label={words.setGoal} />
        </>
      )}
      {!groups.goalReached && goalTopic && groups.onPath.length > 0 && (
        <>
          <h3 id={pathId}>
            {words.onPath}
            <Localized value={goalTopic.title} />
          </h3>
          <TopicList ids={groups.onPath} labelledBy={pathId} />
        </>
      )}
      {groups.alsoAvailable.length > 0 && (
        <>
          <h3 id={alsoId}>{words.also}</h3>
          <TopicList ids={groups.alsoAvailable} labelledBy={alsoId} />
        </>
      )}
      {nothing && <p>{allDone ? t.outline.nextUp.allDone : t.outline.nextUp.empty}</p>}
    </section>
  );
}

function TopicList({ ids, labelledBy }: { ids: readonly string[]; labelledBy: string }) {
  const graph = useGraph();
  const { t } = useI18n();
  return (
    <ol className="next-up-list" aria-labelledby={labelledBy}>
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
  );
}
