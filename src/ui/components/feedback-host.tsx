/**
 * Where the app's feedback goes, there from the first render: the one polite live region
 * (`role="status"`: screen readers follow a region that was in the page all along) and the
 * toasts' state. Only that lives in the first page's code. Saying something
 * (live-announcer.tsx), showing and hiding toasts (toasts.tsx) and drawing them
 * (toast-list.tsx) follow an interaction, so they come with the deferred chunk and the views.
 */
import {
  createContext,
  type Dispatch,
  type ReactNode,
  type RefObject,
  type SetStateAction,
  useMemo,
  useRef,
  useState,
} from "react";
import { useDeferred } from "./deferred";
import type { ToastEntry } from "./toasts";

export interface FeedbackChannels {
  /** The live region; React renders it empty and never updates it (see live-announcer.tsx). */
  readonly region: RefObject<HTMLDivElement | null>;
  /** Changes the toasts shown (see useToast in toasts.tsx). */
  readonly setToasts: Dispatch<SetStateAction<readonly ToastEntry[]>>;
}

export const FeedbackContext = createContext<FeedbackChannels | null>(null);

export function FeedbackHost({ children }: { children: ReactNode }) {
  const region = useRef<HTMLDivElement>(null);
  const [toasts, setToasts] = useState<readonly ToastEntry[]>([]);
  // The ref and the state setter never change, so neither do the channels.
  const channels = useMemo(() => ({ region, setToasts }), []);
  // A toast set before the list's code is drawn as soon as it arrives.
  const ToastList = useDeferred()?.ToastList;
  return (
    <FeedbackContext value={channels}>
      {children}
      {ToastList && <ToastList toasts={toasts} />}
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
