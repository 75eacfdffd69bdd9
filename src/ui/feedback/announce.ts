/**
 * Speaking through the app's one polite live region (`role="status"`, rendered by FeedbackHost
 * from the first render so screen readers pick up changes). Views announce through
 * useAnnounce(); they never add their own status region (two would make "the" status region
 * ambiguous).
 */
import { useCallback, useContext } from "react";
import { FeedbackContext } from "./feedback-context";

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
