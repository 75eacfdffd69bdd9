import { TopicLink } from "../components/topic-link";
import { useGraph } from "../app-context";
import { useI18n } from "../i18n";
import "./goal-suggestions.css";

export interface GoalSuggestionsProps {
  /** Topic ids to offer as the next goal, in order (the engine's `suggestGoals`). */
  readonly ids: readonly string[];
  readonly setGoal: (id: string) => void;
  /** The button's name for a topic title, e.g. “Aim for …”. */
  readonly label: (title: string) => string;
}

/** Next goals after a goal is reached (Next up and the Plan): each topic's link and a button. */
export function GoalSuggestions({ ids, setGoal, label }: GoalSuggestionsProps) {
  const graph = useGraph();
  const { localize } = useI18n();
  return (
    <ul className="goal-suggestions">
      {ids.map((id) => {
        const topic = graph.topic(id);
        const title = topic ? localize(topic.title).text : id;
        return (
          <li key={id}>
            <TopicLink id={id} />
            <button type="button" onClick={() => setGoal(id)}>
              {label(title)}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
