/**
 * One polite live region (`role="status"`) for the whole app, always in the DOM so screen
 * readers pick up changes. Views announce through useAnnounce(); they never add their own
 * status region (two would make "the" status region ambiguous).
 */
import { createContext, type ReactNode, useCallback, useContext, useState } from "react";

type Announce = (message: string) => void;

const AnnounceContext = createContext<Announce>(() => {});

export function LiveAnnouncer({ children }: { children: ReactNode }) {
  const [state, setState] = useState({ message: "", count: 0 });
  const announce = useCallback<Announce>((message) => {
    setState((prev) => ({ message, count: prev.count + 1 }));
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div role="status" aria-live="polite" aria-atomic="true" className="visually-hidden">
        {/* Keyed by count so repeating the same message still counts as a change. */}
        <span key={state.count}>{state.message}</span>
      </div>
    </AnnounceContext.Provider>
  );
}

/** Returns announce(message): says `message` politely to assistive technology. */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}
