import { useEffect, useId, useState } from "react";
import { isValidHoursPerWeek } from "../../progress/progress-state";
import { useProgress, useServices } from "../app-context";
import { useI18n } from "../i18n";
import { estimateFinish, formatDate } from "./finish-estimate";

/**
 * How much is left (topics and hours), the learner's pace in hours per week (kept in the
 * progress store), and the finish date that pace gives.
 */
export function PlanPace({ count, hours }: { count: number; hours: number }) {
  const { t, lang, uiLang } = useI18n();
  const { progress } = useServices();
  const hoursPerWeek = useProgress((state) => state.hoursPerWeek);
  const [draft, setDraft] = useState(String(hoursPerWeek));
  const inputId = useId();
  const hintId = useId();
  const finishId = useId();

  // Follow changes made elsewhere (another tab, an import) unless the field already says so.
  useEffect(() => {
    setDraft((current) => (Number(current) === hoursPerWeek ? current : String(hoursPerWeek)));
  }, [hoursPerWeek]);

  const parsed = Number(draft);
  const valid = draft.trim() !== "" && isValidHoursPerWeek(parsed);
  const estimate = estimateFinish(hours, hoursPerWeek, Date.now());

  return (
    <div className="plan-pace">
      {/* With the goal reached, "0 topics to go" would only repeat the congratulations. */}
      {count > 0 && (
        <p className="plan-stats">
          <span className="plan-stat">{t.plan.remaining(count)}</span>
          <span className="plan-stat">{t.plan.totalHours(hours)}</span>
        </p>
      )}
      <div className="pace-field">
        <label htmlFor={inputId}>{t.plan.pace}</label>
        <input
          id={inputId}
          type="number"
          inputMode="decimal"
          min={0.5}
          max={168}
          step="any"
          value={draft}
          aria-invalid={!valid}
          aria-describedby={`${hintId} ${finishId}`}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setDraft(value);
            const next = Number(value);
            if (value.trim() !== "" && isValidHoursPerWeek(next)) {
              progress.getState().setHoursPerWeek(next);
            }
          }}
          onBlur={() => setDraft(String(hoursPerWeek))}
        />
        <span id={hintId} className={valid ? "pace-hint" : "pace-hint is-invalid"}>
          {valid ? t.plan.paceHint : t.plan.paceInvalid}
        </span>
      </div>
      <p id={finishId} className="plan-finish">
        {estimate
          ? t.plan.finish(formatDate(estimate.finishAt, lang, uiLang), Math.ceil(estimate.weeks))
          : count > 0
            ? t.plan.noEstimate
            : ""}
      </p>
    </div>
  );
}
