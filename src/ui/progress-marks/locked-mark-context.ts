/** How any view asks before marking a locked topic done or known (see locked-mark-host.tsx). */
import { createContext } from "react";

export interface LockedMarkRequest {
  readonly id: string;
  readonly mark: "done" | "known";
}

/** Opens the question; null outside a LockedMarkHost (then views mark without asking). */
export const LockedMarkContext = createContext<((request: LockedMarkRequest) => void) | null>(null);
