import { useI18n } from "../i18n";

export interface ProgressBarProps {
  /** Accessible name, e.g. "Overall progress" or "Basics: required topics". */
  readonly label: string;
  readonly done: number;
  readonly total: number;
  /** Shorter text shown above the bar (default `label`). */
  readonly visibleLabel?: string;
}

/** A labelled progress bar with the count in words ("3 of 10"), not only a filled width. */
export function ProgressBar({ label, done, total, visibleLabel = label }: ProgressBarProps) {
  const { t } = useI18n();
  const value = t.shell.progressValue(done, total);
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <div className="progress">
      <div className="progress-label" aria-hidden="true">
        <span>{visibleLabel}</span>
        <span className="progress-value">{value}</span>
      </div>
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={value}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
