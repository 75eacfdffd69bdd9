import { type ComponentProps, type ComponentType, createElement, lazy } from "react";

/**
 * React.lazy that can try again: React.lazy keeps a failed load (offline, say) forever, so an
 * error boundary's "Try again" would only meet the same error. Here a failure swaps in a fresh
 * lazy component, which the boundary's next render loads anew.
 */
// biome-ignore lint/suspicious/noExplicitAny: mirrors React.lazy's own signature (any props).
export function lazyWithRetry<T extends ComponentType<any>>(
  load: () => Promise<{ default: T }>,
): ComponentType<ComponentProps<T>> {
  const fresh = () =>
    lazy(() =>
      load().catch((error: unknown) => {
        current = fresh();
        throw error;
      }),
    );
  let current = fresh();
  // biome-ignore lint/correctness/noComponentHookFactories: called once per view at module level, as React.lazy is.
  return function LazyWithRetry(props: ComponentProps<T>) {
    return createElement(current, props);
  };
}
