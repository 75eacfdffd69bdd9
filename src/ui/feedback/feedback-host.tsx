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

// Toasts come after a first change, never with the first page: their code (Undo's keyboard
// shortcut included) loads with the first, and then stays for the shortcut.
const ToastLayer = lazy(() =>
  import("./toast-list").then((module) => ({ default: module.ToastLayer })),
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
  // Set while rendering, not in an effect: the first toast loads its layer at once.
  const [layer, setLayer] = useState(false);
  if (toasts.length > 0 && !layer) setLayer(true);
  return (
    <FeedbackContext value={channels}>
      <LockedMarkHost>{children}</LockedMarkHost>
      {layer && (
        <Suspense fallback={null}>
          <ToastLayer toasts={toasts} setToasts={setToasts} off={entersShare} />
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
