import { useEffect } from "react";
import type { LockedMarkRequest } from "./locked-mark-context";
import { applyMark } from "./mark-actions";
import { useTickContext } from "./use-mark-actions";

export interface LockedMarkDialogProps {
  readonly request: LockedMarkRequest;
  readonly onFinish: () => void;
}

/**
 * When the dialog's code cannot be loaded (offline), the mark is still set, on this topic only:
 * the tick feedback then says how many prerequisites it lacks. A tick is never lost.
 */
export function LoadFailedFallback({ request, onFinish }: LockedMarkDialogProps) {
  const context = useTickContext();
  useEffect(() => {
    applyMark(context, request.id, request.mark);
    onFinish();
  }, [context, request, onFinish]);
  return null;
}
