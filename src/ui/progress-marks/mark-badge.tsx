import { useI18n } from "../i18n";
import { MARK_ICONS, type ShownMark } from "./use-marks";

/** A topic's mark (known / in progress) as icon plus text: never colour alone. */
export function MarkBadge({ mark }: { mark: ShownMark }) {
  const { t } = useI18n();
  return (
    <span className={`badge mark-badge mark-${mark}`}>
      <span aria-hidden="true">{MARK_ICONS[mark]} </span>
      <span>{t.marks.badge[mark]}</span>
    </span>
  );
}

/** The small mark of a topic that has a note, with an accessible name. */
export function NoteMark() {
  const { t } = useI18n();
  return (
    <span className="note-mark" role="img" aria-label={t.marks.hasNote} title={t.marks.hasNote}>
      ✎
    </span>
  );
}
