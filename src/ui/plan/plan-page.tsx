/**
 * The plan page (#/plan): pick a goal, see every topic it still needs in an order that puts
 * each after its requirements (engine `planTo`), tick them off, set a pace for a finish date,
 * and see progress by week. A lazy chunk of its own.
 */
import "./plan-page.css";
import { useMemo, useRef } from "react";
import { planTo } from "../../graph";
import { useDoneIds, useGraph } from "../app-context";
import { useI18n } from "../i18n";
import { GoalPicker } from "./goal-picker";
import { GoalReached } from "./goal-reached";
import { PlanList } from "./plan-list";
import { PlanPace } from "./plan-pace";
import { ProgressChart } from "./progress-chart";
import { useGoal } from "./use-goal";

export default function PlanPage() {
  const { t } = useI18n();
  const graph = useGraph();
  const done = useDoneIds();
  const goalApi = useGoal();
  const { goal, setGoal } = goalApi;
  const plan = useMemo(() => planTo(graph, done, goal), [graph, done, goal]);
  const reachedRef = useRef<HTMLHeadingElement>(null);

  return (
    <div className="plan-page">
      <h1>{t.plan.heading}</h1>
      <p className="plan-intro">{t.plan.intro}</p>
      <GoalPicker {...goalApi} />
      <PlanPace count={plan.topics.length} hours={plan.hours} />
      {plan.topics.length === 0 && (
        <GoalReached goal={goal} setGoal={setGoal} headingRef={reachedRef} />
      )}
      {/* Always present, even when empty, so "the plan" can always be found by its name. */}
      <PlanList topics={plan.topics} onEmptied={() => reachedRef.current?.focus()} />
      <ProgressChart />
    </div>
  );
}
