import { type ComponentProps, type ComponentType, createElement, lazy } from "react";

// How to start each failed load afresh, called when the learner asks to try again.
const resets = new Set<() => void>();

/**
 * React.lazy that can try again: React.lazy keeps a failed load (offline, say) forever, so an
 * error boundary's "Try again" would only meet the same error. Here a failed load stays failed
 * (React may render it again at once) until `retryFailedLoads()`, which makes the next render
 * load it anew.
 */
// biome-ignore lint/suspicious/noExplicitAny: mirrors React.lazy's own signature (any props).
export function lazyWithRetry<T extends ComponentType<any>>(
  load: () => Promise<{ default: T }>,
): ComponentType<ComponentProps<T>> {
  const fresh = () =>
    lazy(() =>
      load().catch((error: unknown) => {
        resets.add(() => {
          current = fresh();
        });
        throw error;
      }),
    );
  let current = fresh();
  // biome-ignore lint/correctness/noComponentHookFactories: called once per view, as React.lazy is.
  return function LazyWithRetry(props: ComponentProps<T>) {
    return createElement(current, props);
  };
}

/** Lets every load that failed so far be tried again on its next render. */
export function retryFailedLoads(): void {
  for (const reset of resets) reset();
  resets.clear();
}
