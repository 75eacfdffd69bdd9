import { useId } from "react";
import type { ProgressFigures } from "../../graph";
import { ProgressBar } from "../components/progress-bar";
import { useI18n } from "../i18n";

/** Overall progress: required topics, electives counted apart, and required hours. */
export function ProgressSummary({ figures }: { figures: ProgressFigures }) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <section className="progress-summary" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.outline.summaryHeading}</h2>
      <ProgressBar
        label={t.outline.requiredProgress}
        done={figures.required.done}
        total={figures.required.total}
      />
      {figures.optional.total > 0 && (
        <ProgressBar
          label={t.outline.electiveProgress}
          done={figures.optional.done}
          total={figures.optional.total}
        />
      )}
      {figures.hours.total > 0 && (
        <p className="hours-summary">
          {t.outline.hoursDone(figures.hours.done, figures.hours.total)}
        </p>
      )}
    </section>
  );
}
