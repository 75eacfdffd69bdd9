/**
 * Holds the "this topic is locked" question for the whole app: views ask through
 * LockedMarkContext, and the dialog (a chunk of its own, loaded on first use) answers. Focus
 * goes back to where it was when the question was asked.
 */
import { type ComponentType, lazy, type ReactNode, Suspense, useCallback, useState } from "react";
import { type LockedMarkRequest, LockedMarkContext } from "./locked-mark-context";
import { LoadFailedFallback, type LockedMarkDialogProps } from "./locked-mark-fallback";

const LockedMarkDialog = lazy(
  (): Promise<{ default: ComponentType<LockedMarkDialogProps> }> =>
    import("./locked-mark-dialog").catch(() => ({ default: LoadFailedFallback })),
);

interface Pending extends LockedMarkRequest {
  readonly returnFocus: HTMLElement | null;
}

export function LockedMarkHost({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<Pending | null>(null);
  const ask = useCallback((request: LockedMarkRequest) => {
    const active = document.activeElement;
    setPending({ ...request, returnFocus: active instanceof HTMLElement ? active : null });
  }, []);
  const finish = useCallback(() => {
    setPending((current) => {
      const target = current?.returnFocus;
      // After the dialog has gone (and the marks re-rendered), if the control is still there.
      queueMicrotask(() => {
        if (target?.isConnected) target.focus();
      });
      return null;
    });
  }, []);
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
