/**
 * The topic page's notes: a plain-text box saved on every keystroke (the store writes storage
 * at once, so a reload or a closed tab loses nothing). Shown back only as the box's text, never
 * as HTML. The count appears as the note nears the limit. A chunk of its own, loaded on demand.
 */
import { useId, useState } from "react";
import { MAX_NOTE_LENGTH } from "../../progress/export-format";
import { useServices } from "../app-context";
import { useI18n } from "../i18n";
import { useTopicNote } from "./use-marks";

/** From this many characters on, the count is shown. */
export const NOTE_COUNT_FROM = Math.floor(MAX_NOTE_LENGTH * 0.9);

/** Characters as the limit counts them (code points), without splitting short notes. */
function noteLength(text: string): number {
  return text.length < NOTE_COUNT_FROM ? text.length : Array.from(text).length;
}

export default function TopicNotes({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const { progress } = useServices();
  const text = useTopicNote(id);
  const [cut, setCut] = useState(false);
  const boxId = useId();
  const hintId = useId();
  const countId = useId();
  const words = t.marks.notes;
  const length = noteLength(text);
  const showCount = length >= NOTE_COUNT_FROM;
  const format = new Intl.NumberFormat(lang);
  const max = format.format(MAX_NOTE_LENGTH);

  return (
    <section className="topic-notes">
      <h2>
        <label htmlFor={boxId}>{words.label}</label>
      </h2>
      <p id={hintId} className="topic-notes-hint">
        {words.hint}
      </p>
      <textarea
        id={boxId}
        className="topic-notes-box"
        rows={6}
        value={text}
        aria-describedby={showCount ? `${hintId} ${countId}` : hintId}
        onChange={(event) => setCut(progress.getState().setNote(id, event.currentTarget.value))}
      />
      {showCount && (
        <p id={countId} className="topic-notes-count">
          {words.count(format.format(length), max)}
        </p>
      )}
      {cut && (
        <p role="alert" className="topic-notes-cut">
          {words.cut(max)}
        </p>
      )}
    </section>
  );
}
