import { useLayoutEffect, useRef } from "react";
import { useDoneIds, useGraph, useProgress, useTopicStates } from "../app-context";
import { StateBadge } from "../components/state-badge";
import { TopicCheckbox } from "../components/topic-checkbox";
import { TopicLink } from "../components/topic-link";
import { useTick } from "../feedback/use-tick";
import { useI18n } from "../i18n";
import { MarkBadge } from "../progress-marks/mark-badge";
import { shownMarkIn } from "../progress-marks/use-marks";

export interface PlanListProps {
  /** Topic ids in plan order. */
  readonly topics: readonly string[];
  /** Where focus goes when the last item is ticked away. */
  readonly onEmptied?: () => void;
}

/**
 * The plan as an ordered list: each topic after everything it requires, with a checkbox to
 * tick it off. A ticked topic leaves the list; focus moves to the item that took its place,
 * so a keyboard user can keep ticking down the list.
 */
export function PlanList({ topics, onEmptied }: PlanListProps) {
  const { t, localize } = useI18n();
  const graph = useGraph();
  const states = useTopicStates();
  const done = useDoneIds();
  const known = useProgress((state) => state.known);
  const inProgress = useProgress((state) => state.inProgress);
  const { toggle } = useTick();
  const listRef = useRef<HTMLOListElement>(null);
  const refocusAt = useRef<number | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the plan changes.
  useLayoutEffect(() => {
    const index = refocusAt.current;
    if (index === null) return;
    refocusAt.current = null;
    const boxes = listRef.current?.querySelectorAll<HTMLInputElement>("input[type=checkbox]");
    const target = boxes?.[Math.min(index, boxes.length - 1)];
    if (target) target.focus();
    else onEmptied?.();
  }, [topics]);

  return (
    <ol ref={listRef} className="plan-list" aria-label={t.plan.listLabel}>
      {topics.map((id, index) => {
        const topic = graph.topic(id);
        if (!topic) return null;
        const status = states.get(id);
        const state = status?.state ?? "locked";
        const mark = shownMarkIn(known, inProgress, done, id, topic.aliases);
        return (
          <li key={id} className="plan-item" data-topic-id={id} data-state={state} data-mark={mark}>
            <div className="plan-item-body">
              <TopicCheckbox
                id={id}
                title={localize(topic.title).text}
                checked={state === "done"}
                onChange={(checked) => {
                  if (checked) refocusAt.current = index;
                  toggle(id, checked);
                }}
              />
              <span className="plan-item-text">
                <TopicLink id={id} className="plan-item-title" />
                <span className="plan-item-meta">
                  <StateBadge state={state} doneWithUnmet={status?.doneWithUnmet ?? false} />
                  {mark && <MarkBadge mark={mark} />}
                  {topic.hours > 0 && (
                    <span className="plan-item-hours">{t.plan.topicHours(topic.hours)}</span>
                  )}
                </span>
              </span>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
