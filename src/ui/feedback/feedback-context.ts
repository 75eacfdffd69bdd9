/** The channels feedback goes through, provided by FeedbackHost (feedback-host.tsx). */
import { createContext, type Dispatch, type RefObject, type SetStateAction } from "react";
import type { ToastEntry } from "./toasts";

export interface FeedbackChannels {
  /** The live region; React renders it empty and never updates it (see announce.ts). */
  readonly region: RefObject<HTMLDivElement | null>;
  /** Changes the toasts shown (see toastApi in toasts.ts). */
  readonly setToasts: Dispatch<SetStateAction<readonly ToastEntry[]>>;
}

export const FeedbackContext = createContext<FeedbackChannels | null>(null);
