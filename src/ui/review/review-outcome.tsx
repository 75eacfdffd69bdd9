import type { Ref } from "react";
import type { UiStrings } from "../../i18n/strings";
import { useI18n } from "../i18n";
import type { ReviewOutcomeView } from "./review-actions";
import { formatReviewDate } from "./review-format";

type TitleOf = (id: string) => string;

/** The outcome of an answer as one sentence (or two), for the notice and the status region. */
export function outcomeText(
  outcome: ReviewOutcomeView,
  t: UiStrings,
  lang: string,
  titleOf: TitleOf,
): string {
  const title = titleOf(outcome.id);
  const date = outcome.nextDue === undefined ? "" : formatReviewDate(outcome.nextDue, lang);
  if (outcome.kind === "forgot") {
    return outcome.markedInProgress
      ? t.review.markedInProgress(title)
      : t.review.forgotDone(title, date);
  }
  const first = t.review.rememberedDone(title, date);
  if (outcome.refreshed.length === 0) return first;
  return `${first} ${refreshedText(outcome.refreshed, t, titleOf)}`;
}

function refreshedText(ids: readonly string[], t: UiStrings, titleOf: TitleOf): string {
  return t.review.alsoRefreshed(ids.map(titleOf).join(t.review.titleSeparator));
}

export interface ReviewOutcomeProps {
  readonly ref?: Ref<HTMLDivElement>;
  readonly outcome: ReviewOutcomeView;
  readonly titleOf: TitleOf;
  readonly onMarkInProgress: (id: string) => void;
}

/**
 * What the last answer changed: the next review date, what a "Remembered" also refreshed, and
 * after "Forgot" the offer to mark the topic in progress again. Focusable, so focus can land
 * here when the answered item leaves the list.
 */
export function ReviewOutcome({ ref, outcome, titleOf, onMarkInProgress }: ReviewOutcomeProps) {
  const { t, uiLang } = useI18n();
  const title = titleOf(outcome.id);
  const date = outcome.nextDue === undefined ? "" : formatReviewDate(outcome.nextDue, uiLang);
  return (
    <div className="notice review-outcome" ref={ref} tabIndex={-1}>
      {outcome.kind === "remembered" ? (
        <>
          <p>{t.review.rememberedDone(title, date)}</p>
          {outcome.refreshed.length > 0 && (
            <p className="review-refreshed">{refreshedText(outcome.refreshed, t, titleOf)}</p>
          )}
        </>
      ) : outcome.markedInProgress ? (
        <p>{t.review.markedInProgress(title)}</p>
      ) : (
        <>
          <p>{t.review.forgotDone(title, date)}</p>
          <button type="button" onClick={() => onMarkInProgress(outcome.id)}>
            {t.review.markInProgress(title)}
          </button>
        </>
      )}
    </div>
  );
}
