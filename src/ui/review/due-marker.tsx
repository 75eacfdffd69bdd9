import "./review-marks.css";
import { useI18n } from "../i18n";
import { useIsDue } from "./use-due";

/** An outline row's "Due for review" marker: text with an icon, shown only while the topic is due. */
export function DueMarker({ id }: { id: string }) {
  const { t } = useI18n();
  const due = useIsDue(id);
  if (!due) return null;
  return (
    <span className="badge due-marker">
      <span aria-hidden="true">↻ </span>
      {t.review.dueMarker}
    </span>
  );
}
