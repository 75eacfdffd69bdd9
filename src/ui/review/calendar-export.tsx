import { useId, useState } from "react";
import {
  buildReviewCalendar,
  REVIEW_CALENDAR_MIME_TYPE,
  reviewCalendarFileName,
} from "../../progress/review-calendar";
import { useGraph, useServices } from "../app-context";
import { useAnnounce } from "../feedback/announce";
import { useI18n } from "../i18n";
import { href } from "../router";
import type { Schedules } from "./review-data";
import { downloadFile } from "../download-file";

/** An absolute link to a topic page of this site, for a calendar event. */
function topicUrl(id: string): string {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}${href({ name: "topic", id })}`;
}

/**
 * "Export reviews to calendar": an .ics file with one all-day event per scheduled review (one
 * already due goes on today), titles in the UI's language. Disabled, with the reason shown,
 * while nothing is scheduled.
 */
export function CalendarExport({ schedules }: { schedules: Schedules }) {
  const { t, uiLang, localize } = useI18n();
  const graph = useGraph();
  const { now } = useServices();
  const hintId = useId();
  const headingId = useId();
  const [message, setShown] = useState("");
  const announce = useAnnounce();
  const setMessage = (text: string) => {
    setShown(text);
    announce(text);
  };
  const empty = schedules.size === 0;

  const exportCalendar = () => {
    const at = now();
    const events = [...schedules.values()].flatMap((schedule) => {
      const topic = graph.topic(schedule.id);
      if (!topic) return [];
      const title = localize(topic.title).text;
      return [{ topicId: schedule.id, title, due: schedule.due, url: topicUrl(schedule.id) }];
    });
    try {
      const text = buildReviewCalendar({
        events,
        calendarName: t.review.calendarName,
        now: at,
        lang: uiLang,
      });
      const name = reviewCalendarFileName(at);
      downloadFile(text, name, REVIEW_CALENDAR_MIME_TYPE);
      setMessage(t.review.exported(name));
    } catch {
      setMessage(t.review.exportFailed);
    }
  };

  return (
    <section className="review-calendar" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.review.calendarHeading}</h2>
      <p id={hintId}>{empty ? t.review.exportNothing : t.review.exportHint}</p>
      <button type="button" onClick={exportCalendar} disabled={empty} aria-describedby={hintId}>
        {t.review.exportCalendar}
      </button>
      {message && <p className="review-calendar-message">{message}</p>}
    </section>
  );
}
