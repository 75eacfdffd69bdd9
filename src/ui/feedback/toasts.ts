/**
 * Brief visible notices with optional actions (always "Undo" when a change can be undone).
 * Toasts never take focus or block anything; the live region speaks for them. Their state
 * lives in FeedbackHost (feedback-host.tsx), which draws them with ToastList.
 */
import { useContext, useMemo } from "react";
import { provided } from "../app-context";
import { type FeedbackChannels, FeedbackContext } from "./feedback-context";

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

// One sequence for the whole page: ids only have to differ between the toasts shown.
let nextId = 1;

/** Shows and dismisses toasts in the toast state of a FeedbackHost. */
export function toastApi(setToasts: FeedbackChannels["setToasts"]): ToastApi {
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
}

/** Shows toasts: `show({ message, undo, actions })`. The same API until the host changes. */
export function useToast(): ToastApi {
  const { setToasts } = provided(useContext(FeedbackContext), "FeedbackHost");
  return useMemo(() => toastApi(setToasts), [setToasts]);
}
