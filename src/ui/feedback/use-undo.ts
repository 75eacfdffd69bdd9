/**
 * Undo, from a toast's button or from the keyboard, and where focus goes after it. The latest
 * toast that offers Undo stands for the last change: Ctrl+Z (⌘Z) reverts it as its button does,
 * also once the toast has hidden itself, as long as the progress has not changed since. After an
 * Undo that left focus nowhere (its button goes with the toast), focus goes back to the control
 * that made the change if it is still there, else to the main content.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { HistoryEntry } from "../../progress/store";
import { useServices } from "../app-context";
import { MAIN_ID } from "../layout/skip-link";
import type { FeedbackChannels } from "./feedback-context";
import { type ToastEntry, toastApi } from "./toasts";
import { isUndoShortcut, ownsTextUndo } from "./undo-keys";

interface UndoOffer {
  readonly toastId: number;
  readonly undo: () => void;
  /** The control that had focus once the change was shown. */
  readonly returnTo: HTMLElement | null;
  /** The progress's latest undo step then: the shortcut acts only while it still is. */
  readonly step: HistoryEntry | undefined;
}

/** Runs a toast's Undo (`toastId`, `undo`): dismisses the toast, undoes, then settles focus. */
export type RunUndo = (toastId: number, undo: () => void) => void;

/**
 * Offers the latest Undo of `toasts` to the keyboard, unless `off`; returns how a toast's Undo
 * button runs.
 */
export function useUndo(
  toasts: readonly ToastEntry[],
  setToasts: FeedbackChannels["setToasts"],
  off: boolean,
): RunUndo {
  const { progress } = useServices();
  const offer = useRef<UndoOffer | null>(null);
  const newestSeen = useRef(0);
  const [settle, setSettle] = useState<{ returnTo: HTMLElement | null } | null>(null);

  // After the commit that shows a toast: focus has come back from a dialog that asked first.
  useEffect(() => {
    if (off) {
      offer.current = null;
      return;
    }
    const latest = toasts.findLast((toast) => toast.undo !== undefined);
    if (latest?.undo === undefined || latest.id <= newestSeen.current) return;
    newestSeen.current = latest.id;
    offer.current = {
      toastId: latest.id,
      undo: latest.undo,
      returnTo: focusedControl(),
      step: progress.getState().history.at(-1),
    };
  }, [toasts, off, progress]);

  const run = useCallback<RunUndo>(
    (toastId, undo) => {
      const mine = offer.current?.toastId === toastId ? offer.current : null;
      // Used up: the next Ctrl+Z waits for the next change.
      if (mine !== null) offer.current = null;
      toastApi(setToasts).dismiss(toastId);
      undo();
      setSettle({ returnTo: mine?.returnTo ?? null });
    },
    [setToasts],
  );

  // Runs after the commit that drew the undone state, when the control may have gone.
  useEffect(() => {
    if (settle === null || !focusLost()) return;
    const target = settle.returnTo?.isConnected
      ? settle.returnTo
      : document.getElementById(MAIN_ID);
    target?.focus();
  }, [settle]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const current = offer.current;
      if (current === null || off || !isUndoShortcut(event) || ownsTextUndo(event.target)) return;
      // A modal dialog has the learner's attention; the page behind it stays as it is.
      if (document.querySelector("dialog[open]") !== null) return;
      if (progress.getState().history.at(-1) !== current.step) return;
      event.preventDefault();
      run(current.toastId, current.undo);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [off, progress, run]);

  return run;
}

/** The focused control, unless focus is nowhere in particular or on a toast (it goes away). */
function focusedControl(): HTMLElement | null {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || active === document.body) return null;
  return active.closest(".toasts") === null ? active : null;
}

function focusLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || !active.isConnected;
}
