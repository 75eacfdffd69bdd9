import { useId } from "react";
import { useCurriculum } from "../app-context";
import { useI18n } from "../i18n";
import type { GoalApi } from "./use-goal";

/** The "Goal" combobox: every topic, grouped by section, the curriculum's goal marked. */
export function GoalPicker({ goal, isDefault, setGoal }: GoalApi) {
  const { t, localize } = useI18n();
  const curriculum = useCurriculum();
  const selectId = useId();
  const defaultGoal = curriculum.topics.find((topic) => topic.id === curriculum.goal)?.id;

  return (
    <div className="goal-picker">
      <label htmlFor={selectId}>{t.plan.goal}</label>
      <select id={selectId} value={goal} onChange={(event) => setGoal(event.currentTarget.value)}>
        {curriculum.sections.map((section) => {
          const topics = curriculum.topics.filter((topic) => topic.section === section.id);
          if (topics.length === 0) return null;
          return (
            <optgroup key={section.id} label={localize(section.title).text}>
              {topics.map((topic) => {
                const title = localize(topic.title);
                return (
                  <option
                    key={topic.id}
                    value={topic.id}
                    lang={title.fallback ? title.lang : undefined}
                  >
                    {title.text}
                    {topic.id === defaultGoal ? t.plan.defaultGoal : ""}
                  </option>
                );
              })}
            </optgroup>
          );
        })}
      </select>
      {!isDefault && (
        <button type="button" className="link-button" onClick={() => setGoal(null)}>
          {t.plan.useDefaultGoal}
        </button>
      )}
    </div>
  );
}
