/**
 * The topic page's "Status" radio group: not started, in progress, done or known. Done or known
 * on a locked topic asks first about its missing prerequisites (the dialog).
 */
import { useId } from "react";
import { MARKS } from "../../progress/marks";
import { useI18n } from "../i18n";
import { useSetMark } from "./use-mark-actions";
import { useMark } from "./use-marks";

export function StatusControl({ id }: { id: string }) {
  const { t } = useI18n();
  const mark = useMark(id);
  const setMark = useSetMark();
  const name = useId();
  const legendId = useId();
  return (
    <div className="status-control" role="radiogroup" aria-labelledby={legendId}>
      <span id={legendId} className="status-control-label">
        {t.marks.status}
      </span>
      {MARKS.map((option) => (
        <label key={option} className={`chip status-${option}`}>
          <input
            type="radio"
            name={name}
            value={option}
            checked={mark === option}
            onChange={() => setMark(id, option)}
          />
          <span>{t.marks.option[option]}</span>
        </label>
      ))}
    </div>
  );
}
