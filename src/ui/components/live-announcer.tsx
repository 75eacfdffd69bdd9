/**
 * One polite live region (`role="status"`) for the whole app, always in the DOM so screen
 * readers pick up changes. Views announce through useAnnounce(); they never add their own
 * status region (two would make "the" status region ambiguous).
 */
import { createContext, type ReactNode, useCallback, useContext, useRef } from "react";

type Announce = (message: string) => void;

const AnnounceContext = createContext<Announce>(() => {});

export function LiveAnnouncer({ children }: { children: ReactNode }) {
  const region = useRef<HTMLDivElement>(null);
  // Written straight into the region, which React renders empty and never updates: a new
  // element each time, so repeating the same message still counts as a change.
  const announce = useCallback<Announce>((message) => {
    const text = document.createElement("span");
    text.textContent = message;
    region.current?.replaceChildren(text);
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div
        ref={region}
        role="status"
        aria-live="polite"
        aria-atomic="true"
        className="visually-hidden"
      />
    </AnnounceContext.Provider>
  );
}

/** Returns announce(message): says `message` politely to assistive technology. */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}
