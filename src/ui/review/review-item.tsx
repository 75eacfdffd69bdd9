import { useId } from "react";
import type { ReviewSchedule } from "../../graph";
import { useGraph } from "../app-context";
import { TopicLink } from "../components/topic-link";
import { useI18n } from "../i18n";
import { formatReviewDate } from "./review-format";
import { SelfCheckBlock } from "./self-check-block";

export interface ReviewItemProps {
  readonly schedule: ReviewSchedule;
  readonly onRemembered: (id: string) => void;
  readonly onForgot: (id: string) => void;
}

/** One due topic: its title (a link), since when it is due, its self-check, and the two answers. */
export function ReviewItem({ schedule, onRemembered, onForgot }: ReviewItemProps) {
  const { t, uiLang } = useI18n();
  const topic = useGraph().topic(schedule.id);
  const titleId = useId();
  if (!topic) return null;
  return (
    <li className="review-item" data-topic-id={schedule.id} aria-labelledby={titleId}>
      <h3 id={titleId} className="review-item-title">
        <TopicLink id={schedule.id} />
      </h3>
      <p className="review-item-due">{t.review.dueSince(formatReviewDate(schedule.due, uiLang))}</p>
      <SelfCheckBlock id={schedule.id} />
      <div className="review-answers">
        <button
          type="button"
          className="review-remembered"
          onClick={() => onRemembered(schedule.id)}
        >
          <span aria-hidden="true">✓ </span>
          {t.review.remembered}
        </button>
        <button type="button" className="review-forgot" onClick={() => onForgot(schedule.id)}>
          <span aria-hidden="true">↺ </span>
          {t.review.forgot}
        </button>
      </div>
    </li>
  );
}
