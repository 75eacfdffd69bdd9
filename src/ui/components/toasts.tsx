/**
 * Brief visible notices with optional actions (always "Undo" when a change can be undone).
 * Toasts never take focus or block anything; the live announcer speaks for them.
 */
import { createContext, type ReactNode, useContext, useMemo, useState } from "react";
import { provided } from "../app-context";
import { useDeferred } from "./deferred";

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

export interface ToastEntry extends ToastInput {
  readonly id: number;
}

export interface ToastApi {
  /** Shows a toast and returns its id. */
  show(toast: ToastInput): number;
  dismiss(id: number): void;
}

const MAX_VISIBLE = 3;

const ToastContext = createContext<ToastApi | null>(null);

export function Toasts({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<readonly ToastEntry[]>([]);

  // setToasts never changes, so neither does the API.
  const api = useMemo<ToastApi>(() => {
    let nextId = 1;
    return {
      show(toast) {
        const id = nextId++;
        setToasts((list) =>
          [
            ...list.filter((shown) => toast.key === undefined || shown.key !== toast.key),
            { ...toast, id },
          ].slice(-MAX_VISIBLE),
        );
        return id;
      },
      dismiss(id) {
        setToasts((list) => list.filter((toast) => toast.id !== id));
      },
    };
  }, []);
  // The list's code comes with the deferred chunk, right after the first paint; every toast
  // comes from an interaction (and the live region speaks for each), so none is shown earlier.
  const ToastList = useDeferred()?.ToastList;

  return (
    <ToastContext.Provider value={api}>
      {children}
      {ToastList && <ToastList toasts={toasts} dismiss={api.dismiss} />}
    </ToastContext.Provider>
  );
}

/** Shows toasts: `show({ message, undo, actions })`. */
export function useToast(): ToastApi {
  return provided(useContext(ToastContext), "Toasts");
}
