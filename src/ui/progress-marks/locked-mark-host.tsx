/**
 * Holds the "this topic is locked" question for the whole app: views ask through
 * LockedMarkContext, and the dialog (a chunk of its own, loaded on first use) answers. Focus
 * goes back to where it was when the question was asked.
 */
import {
  type ComponentType,
  lazy,
  type ReactNode,
  Suspense,
  useCallback,
  useEffect,
  useRef,
  useState,
} from "react";
import { type LockedMarkRequest, LockedMarkContext } from "./locked-mark-context";
import { LoadFailedFallback, type LockedMarkDialogProps } from "./locked-mark-fallback";

const LockedMarkDialog = lazy(
  (): Promise<{ default: ComponentType<LockedMarkDialogProps> }> =>
    import("./locked-mark-dialog").catch(() => ({ default: LoadFailedFallback })),
);

export function LockedMarkHost({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<LockedMarkRequest | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const ask = useCallback((request: LockedMarkRequest) => {
    const active = document.activeElement;
    returnFocus.current = active instanceof HTMLElement ? active : null;
    setPending(request);
  }, []);
  const finish = useCallback(() => setPending(null), []);
  // Once the dialog is out of the document (a modal dialog makes the rest of the page inert,
  // so focusing the control any earlier does nothing), and if the control is still there.
  useEffect(() => {
    const target = returnFocus.current;
    if (pending !== null || target === null) return;
    returnFocus.current = null;
    if (target.isConnected) target.focus();
  }, [pending]);
  return (
    <LockedMarkContext value={ask}>
      {children}
      {pending && (
        <Suspense fallback={null}>
          <LockedMarkDialog key={pending.id} request={pending} onFinish={finish} />
        </Suspense>
      )}
    </LockedMarkContext>
  );
}
