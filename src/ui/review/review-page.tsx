/**
 * The review page (#/review): every topic due for review now, oldest due first, each with its
 * self-check questions and the answers "Remembered" and "Forgot"; what an answer changed; when
 * the next review falls due once nothing is; and the calendar export. A lazy chunk of its own.
 */
import "../markdown/markdown.css";
import "./review-page.css";
import { useEffect, useId, useRef, useState } from "react";
import { useServices } from "../app-context";
import { useAnnounce } from "../feedback/announce";
import { useI18n } from "../i18n";
import { CalendarExport } from "./calendar-export";
import {
  forgetTopic,
  markInProgressAgain,
  type ReviewOutcomeView,
  rememberTopic,
} from "./review-actions";
import { ReviewEmpty } from "./review-empty";
import { ReviewOutcome, outcomeText } from "./review-outcome";
import { ReviewItem } from "./review-item";
import { useDueSnapshot, useDueStore } from "./use-due";

export default function ReviewPage() {
  const services = useServices();
  const { t, uiLang, localize } = useI18n();
  const store = useDueStore();
  const { due, schedules, now } = useDueSnapshot();
  const announce = useAnnounce();
  const listHeadingId = useId();
  const listHeading = useRef<HTMLHeadingElement>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const [outcome, setOutcome] = useState<ReviewOutcomeView | null>(null);
  const [focusOutcome, setFocusOutcome] = useState(false);

  // The clock may have moved while another page was shown.
  useEffect(() => store.refresh(), [store]);

  useEffect(() => {
    if (!focusOutcome) return;
    setFocusOutcome(false);
    (outcomeRef.current ?? listHeading.current)?.focus();
  }, [focusOutcome]);

  const titleOf = (id: string) => {
    const topic = services.graph.topic(id);
    return topic ? localize(topic.title).text : id;
  };

  const onRemembered = (id: string) => {
    const result = rememberTopic(services, id);
    setOutcome(result);
    announce(outcomeText(result, t, uiLang, titleOf));
    // The item is gone: focus the list (or what replaced it), the status region speaks.
    listHeading.current?.focus();
  };
  const onForgot = (id: string) => {
    setOutcome(forgetTopic(services, id));
    // Its notice holds the offer to study the topic again: focus goes there.
    setFocusOutcome(true);
  };
  const onMarkInProgress = (id: string) => {
    markInProgressAgain(services, id);
    setOutcome((shown) =>
      shown?.kind === "forgot" ? { ...shown, markedInProgress: true } : shown,
    );
    announce(t.review.markedInProgress(titleOf(id)));
    // The button is replaced by the confirmation: keep focus in the notice.
    setFocusOutcome(true);
  };

  return (
    <div className="review-page">
      <h1>{t.review.heading}</h1>
      <p className="review-intro">{t.review.intro}</p>
      {outcome && (
        <ReviewOutcome
          ref={outcomeRef}
          outcome={outcome}
          titleOf={titleOf}
          onMarkInProgress={onMarkInProgress}
        />
      )}
      <section className="review-due" aria-labelledby={listHeadingId}>
        <h2 id={listHeadingId} ref={listHeading} tabIndex={-1}>
          {t.review.dueList}
        </h2>
        {due.length > 0 ? (
          <ul className="review-list" aria-labelledby={listHeadingId}>
            {due.map((schedule) => (
              <ReviewItem
                key={schedule.id}
                schedule={schedule}
                onRemembered={onRemembered}
                onForgot={onForgot}
              />
            ))}
          </ul>
        ) : (
          <ReviewEmpty schedules={schedules} now={now} />
        )}
      </section>
      <CalendarExport schedules={schedules} />
    </div>
  );
}
