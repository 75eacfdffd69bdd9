/**
 * Whether the app is shown inside a frame of another site. Servers should refuse framing with
 * `frame-ancestors 'none'` (docs/deploy.md), but some hosts cannot send headers, so the app
 * checks for itself and turns off the actions another site could trick a learner into
 * clicking (import, replace).
 */
import { useState } from "react";

/** Enough of a window to answer the question (a real one, or a test's stand-in). */
export interface FrameWindow {
  readonly top: { readonly location: { readonly origin: string } } | null;
  readonly self: unknown;
  readonly location: { readonly origin: string };
}

/**
 * True when `win` is in a frame whose top page has another origin, or one it may not read
 * (reading another origin's location throws): the framing site is then unknown, so it is
 * treated as foreign. A frame of the same origin (the site framing itself) is fine.
 */
export function isFramedByOtherOrigin(win: FrameWindow): boolean {
  const top = win.top;
  if (top === null || top === win.self) return false;
  try {
    const origin = top.location.origin;
    return typeof origin !== "string" || origin === "null" || origin !== win.location.origin;
  } catch {
    return true;
  }
}

/** The check for this page, made once when the component first renders. */
export function useFramedByOtherOrigin(): boolean {
  const [framed] = useState(() => typeof window !== "undefined" && isFramedByOtherOrigin(window));
  return framed;
}
