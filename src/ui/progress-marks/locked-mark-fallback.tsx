import { useEffect } from "react";
import type { LockedMarkRequest } from "./locked-mark-context";
import { useServices } from "../app-context";
import { useTick } from "../feedback/use-tick";

export interface LockedMarkDialogProps {
  readonly request: LockedMarkRequest;
  readonly onFinish: () => void;
}

/**
 * When the dialog's code cannot be loaded (offline), the mark is still set, on this topic only:
 * a tick's feedback then says how many prerequisites it lacks. A tick is never lost.
 */
export function LoadFailedFallback({ request, onFinish }: LockedMarkDialogProps) {
  const { progress } = useServices();
  const { markWithoutAsking } = useTick();
  useEffect(() => {
    if (request.mark === "done") markWithoutAsking(request.id);
    else progress.getState().setMark(request.id, request.mark);
    onFinish();
  }, [progress, markWithoutAsking, request, onFinish]);
  return null;
}
