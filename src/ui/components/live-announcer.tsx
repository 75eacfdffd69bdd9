/**
 * One polite live region (`role="status"`) for the whole app, rendered by FeedbackHost
 * (feedback-host.tsx) from the first render so screen readers pick up changes. Views announce
 * through useAnnounce(); they never add their own status region (two would make "the" status
 * region ambiguous). This code is not needed before an interaction: the first page loads it
 * with the deferred chunk.
 */
import { useCallback, useContext } from "react";
import { FeedbackContext } from "./feedback-host";

export type Announce = (message: string) => void;

/**
 * Says `message` politely through `region`: a new element each time, so repeating the same
 * message still counts as a change. Does nothing without a region.
 */
export function announceIn(region: HTMLElement | null | undefined, message: string): void {
  const text = document.createElement("span");
  text.textContent = message;
  region?.replaceChildren(text);
}

/** Returns announce(message): says `message` politely to assistive technology. */
export function useAnnounce(): Announce {
  const region = useContext(FeedbackContext)?.region;
  return useCallback<Announce>((message) => announceIn(region?.current, message), [region]);
}
