/** The visible toasts; their state lives in feedback-host.tsx and the API in toasts.ts. */
import { useEffect, useState } from "react";
import { useI18n } from "../i18n";
import { type ToastEntry, useToast } from "./toasts";

const DEFAULT_DURATION = 8000;

export function ToastList({ toasts }: { toasts: readonly ToastEntry[] }) {
  const { t } = useI18n();
  // Stable while the host lives: a toast's countdown does not restart on every render.
  const { dismiss } = useToast();
  // While the pointer or focus is on the notices, none of them hides itself.
  const [paused, setPaused] = useState(false);
  return (
    <section
      className="toasts"
      aria-label={t.feedback.toast.region}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      {toasts.map((toast) => (
        <ToastView key={toast.id} toast={toast} dismiss={dismiss} paused={paused} />
      ))}
    </section>
  );
}

function ToastView({
  toast,
  dismiss,
  paused,
}: {
  toast: ToastEntry;
  dismiss: (id: number) => void;
  paused: boolean;
}) {
  const { t } = useI18n();
  const { id, duration = DEFAULT_DURATION } = toast;
  // Restarts the full countdown after a pause: simpler than tracking the time left, and kind.
  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(() => dismiss(id), duration);
    return () => clearTimeout(timer);
  }, [paused, dismiss, id, duration]);

  const run = (action: () => void) => () => {
    dismiss(toast.id);
    action();
  };

  return (
    <div className="toast">
      <p className="toast-message">{toast.message}</p>
      <div className="toast-actions">
        {toast.actions?.map((action) => (
          <button key={action.label} type="button" onClick={run(action.onClick)}>
            {action.label}
          </button>
        ))}
        {toast.undo && (
          <button type="button" onClick={run(toast.undo)}>
            {t.feedback.toast.undo}
          </button>
        )}
        <button
          type="button"
          className="toast-dismiss"
          aria-label={t.feedback.toast.dismiss}
          onClick={() => dismiss(toast.id)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </div>
  );
}
