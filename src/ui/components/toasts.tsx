/**
 * Brief visible notices with optional actions (always "Undo" when a change can be undone).
 * Toasts never take focus or block anything; the live announcer speaks for them.
 */
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { useI18n } from "../i18n";

export interface ToastAction {
  readonly label: string;
  readonly onClick: () => void;
}

export interface ToastInput {
  readonly message: string;
  /** Extra actions, shown before Undo. */
  readonly actions?: readonly ToastAction[];
  /** When given, the toast offers an "Undo" button that calls it. */
  readonly undo?: () => void;
  /** Milliseconds before it hides itself; default 8000. Paused while hovered or focused. */
  readonly duration?: number;
  /** A new toast replaces any shown toast with the same key (e.g. one "last change" toast). */
  readonly key?: string;
}

interface ToastEntry extends ToastInput {
  readonly id: number;
}

export interface ToastApi {
  /** Shows a toast and returns its id. */
  show(toast: ToastInput): number;
  dismiss(id: number): void;
}

const MAX_VISIBLE = 3;
const DEFAULT_DURATION = 8000;

const ToastContext = createContext<ToastApi | null>(null);

export function Toasts({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<readonly ToastEntry[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => {
    setToasts((list) => list.filter((toast) => toast.id !== id));
  }, []);

  const show = useCallback((toast: ToastInput) => {
    const id = nextId.current++;
    setToasts((list) =>
      [
        ...list.filter((shown) => toast.key === undefined || shown.key !== toast.key),
        { ...toast, id },
      ].slice(-MAX_VISIBLE),
    );
    return id;
  }, []);

  const api = useMemo<ToastApi>(() => ({ show, dismiss }), [show, dismiss]);

  return (
    <ToastContext.Provider value={api}>
      {children}
      <ToastList toasts={toasts} dismiss={dismiss} />
    </ToastContext.Provider>
  );
}

function ToastList({
  toasts,
  dismiss,
}: {
  toasts: readonly ToastEntry[];
  dismiss: (id: number) => void;
}) {
  const { t } = useI18n();
  // While the pointer or focus is on the notices, none of them hides itself.
  const [paused, setPaused] = useState(false);
  return (
    <section
      className="toasts"
      aria-label={t.shell.toast.region}
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
            {t.shell.toast.undo}
          </button>
        )}
        <button
          type="button"
          className="toast-dismiss"
          aria-label={t.shell.toast.dismiss}
          onClick={() => dismiss(toast.id)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </div>
  );
}

/** Shows toasts: `show({ message, undo, actions })`. */
export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error("useToast() needs <Toasts> above it");
  return api;
}
