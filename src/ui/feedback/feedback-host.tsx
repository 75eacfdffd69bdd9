/**
 * Where the app's feedback goes: the one polite live region (`role="status"`, in the page from
 * the first render, so screen readers follow it) and the toasts. Views speak through
 * useAnnounce (announce.ts) and show toasts through useToast (toasts.ts).
 */
import { lazy, type ReactNode, Suspense, useEffect, useMemo, useRef, useState } from "react";
import { LockedMarkHost } from "../progress-marks/locked-mark-host";
import { useRoute } from "../router";
import { FeedbackContext } from "./feedback-context";
import type { ToastEntry } from "./toasts";
import { useUndo } from "./use-undo";

// Toasts come after a first change, never with the first page: their code loads with the first.
const ToastList = lazy(() =>
  import("./toast-list").then((module) => ({ default: module.ToastList })),
);

export function FeedbackHost({ children }: { children: ReactNode }) {
  const region = useRef<HTMLDivElement>(null);
  const [toasts, setToasts] = useState<readonly ToastEntry[]>([]);
  // The ref and the state setter never change, so neither do the channels.
  const channels = useMemo(() => ({ region, setToasts }), []);
  // Someone else's shared progress is not the place to undo one's own tick: toasts stay behind.
  const entersShare = useRoute().name === "share";
  useEffect(() => {
    if (entersShare) setToasts([]);
  }, [entersShare]);
  const runUndo = useUndo(toasts, setToasts, entersShare);
  return (
    <FeedbackContext value={channels}>
      <LockedMarkHost>{children}</LockedMarkHost>
      {toasts.length > 0 && (
        <Suspense fallback={null}>
          <ToastList toasts={toasts} runUndo={runUndo} />
        </Suspense>
      )}
      <div
        ref={region}
        role="status"
        aria-live="polite"
        aria-atomic="true"
        className="visually-hidden"
      />
    </FeedbackContext>
  );
}
