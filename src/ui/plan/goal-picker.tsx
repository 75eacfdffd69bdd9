import { useId, useMemo } from "react";
import type { CompiledTopic } from "../../curriculum/types";
import { useCurriculum } from "../app-context";
import { useI18n } from "../i18n";
import type { GoalApi } from "./use-goal";

/** The "Goal" combobox: every topic, grouped by section, the curriculum's goal marked. */
export function GoalPicker({ goal, isDefault, setGoal }: GoalApi) {
  const { t, localize } = useI18n();
  const curriculum = useCurriculum();
  const selectId = useId();
  const defaultGoal = curriculum.topics.find((topic) => topic.id === curriculum.goal)?.id;
  const groups = useMemo(() => {
    const bySection = new Map(
      curriculum.sections.map((section) => [section.id, [] as CompiledTopic[]]),
    );
    // Topics of a section the curriculum does not list (never in a validated one) stay pickable.
    const stray: CompiledTopic[] = [];
    for (const topic of curriculum.topics) (bySection.get(topic.section) ?? stray).push(topic);
    const groups = curriculum.sections.map((section) => ({
      key: section.id,
      label: localize(section.title).text,
      topics: bySection.get(section.id) ?? [],
    }));
    groups.push({ key: "", label: "…", topics: stray });
    return groups.filter((group) => group.topics.length > 0);
  }, [curriculum, localize]);

  return (
    <div className="goal-picker">
      <label htmlFor={selectId}>{t.plan.goal}</label>
      <select id={selectId} value={goal} onChange={(event) => setGoal(event.currentTarget.value)}>
        {groups.map(({ key, label, topics }) => (
          <optgroup key={key} label={label}>
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
        ))}
      </select>
      {!isDefault && (
        <button type="button" className="link-button" onClick={() => setGoal(null)}>
          {t.plan.useDefaultGoal}
        </button>
      )}
    </div>
  );
}
