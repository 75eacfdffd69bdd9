import { upcomingReviews } from "../../graph";
import { useI18n } from "../i18n";
import type { Schedules } from "./review-data";
import { formatReviewDate } from "./review-format";

/** Nothing due: when the next review falls due, or that nothing is scheduled yet. */
export function ReviewEmpty({ schedules, now }: { schedules: Schedules; now: number }) {
  const { t, uiLang } = useI18n();
  const [next] = upcomingReviews(schedules, now);
  if (next === undefined) return <p className="review-empty">{t.review.nothingScheduled}</p>;
  return (
    <p className="review-empty">
      {t.review.nothingDue}
      {t.shell.sentenceGap}
      {t.review.nextDue(formatReviewDate(next.due, uiLang))}
    </p>
  );
}
