/**
 * The visible toasts and their Undo (keyboard shortcut included); their state lives in
 * feedback-host.tsx and the API in toasts.ts.
 */
import { type FocusEvent, useEffect, useRef, useState } from "react";
import { useI18n } from "../i18n";
import { type ToastEntry, useToast } from "./toasts";
import { undoKeys } from "./undo-keys";
import type { FeedbackChannels } from "./feedback-context";
import { type RunUndo, useUndo } from "./use-undo";
import { useToastClearance } from "./use-toast-clearance";

const DEFAULT_DURATION = 8000;

/**
 * Stays once the first toast has come, so Ctrl+Z still reaches the last change after its toast
 * has gone; no toasts, no region.
 */
export function ToastLayer({
  toasts,
  setToasts,
  off,
}: {
  toasts: readonly ToastEntry[];
  setToasts: FeedbackChannels["setToasts"];
  /** True where Undo must not act (someone else's shared progress). */
  off: boolean;
}) {
  const runUndo = useUndo(toasts, setToasts, off);
  return toasts.length > 0 ? <ToastList toasts={toasts} runUndo={runUndo} /> : null;
}

function ToastList({ toasts, runUndo }: { toasts: readonly ToastEntry[]; runUndo: RunUndo }) {
  const { t } = useI18n();
  // Stable while the host lives: a toast's countdown does not restart on every render.
  const { dismiss } = useToast();
  const section = useRef<HTMLElement>(null);
  useToastClearance(section, toasts.at(-1)?.id ?? 0);
  // While the pointer or focus is on the notices, none of them hides itself; each on its own, so
  // the pointer leaving does not restart the countdown under the keyboard, nor the other way.
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const leaves = (event: FocusEvent<HTMLElement>) =>
    !(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget));
  return (
    <section
      ref={section}
      className="toasts"
      aria-label={t.feedback.toast.region}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (leaves(event)) setFocused(false);
      }}
    >
      {toasts.map((toast) => (
        <ToastView
          key={toast.id}
          toast={toast}
          dismiss={dismiss}
          runUndo={runUndo}
          paused={hovered || focused}
        />
      ))}
    </section>
  );
}

function ToastView({
  toast,
  dismiss,
  runUndo,
  paused,
}: {
  toast: ToastEntry;
  dismiss: (id: number) => void;
  runUndo: RunUndo;
  paused: boolean;
}) {
  const { t } = useI18n();
  const { id, duration = DEFAULT_DURATION, undo } = toast;
  // Restarts the full countdown after a pause: simpler than tracking the time left, and kind.
  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(() => dismiss(id), duration);
    return () => clearTimeout(timer);
  }, [paused, dismiss, id, duration]);

  const run = (action: () => void) => () => {
    dismiss(id);
    action();
  };
  const keys = undoKeys();

  return (
    <div className="toast">
      <p className="toast-message">{toast.message}</p>
      <div className="toast-actions">
        {undo && <span className="toast-hint">{t.feedback.toast.undoHint(keys.label)}</span>}
        {toast.actions?.map((action) => (
          <button key={action.label} type="button" onClick={run(action.onClick)}>
            {action.label}
          </button>
        ))}
        {undo && (
          <button type="button" aria-keyshortcuts={keys.aria} onClick={() => runUndo(id, undo)}>
            {t.feedback.toast.undo}
          </button>
        )}
        <button
          type="button"
          className="toast-dismiss"
          aria-label={t.feedback.toast.dismiss}
          onClick={() => dismiss(id)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </div>
  );
}
