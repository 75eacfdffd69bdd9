import {
  type ComponentProps,
  type ComponentType,
  createElement,
  type LazyExoticComponent,
  lazy,
} from "react";

// How to start each failed load afresh, called when the learner asks to try again.
const resets = new Set<() => void>();

// Modules that `preload` has already brought, by their loader.
// biome-ignore lint/suspicious/noExplicitAny: any component, as React.lazy takes.
const preloaded = new WeakMap<() => Promise<unknown>, { default: ComponentType<any> }>();

/**
 * Starts `load` ahead of the first render (main.tsx does it for the page being opened). A
 * component made by `lazyWithRetry(load)` after the module has arrived renders it at once,
 * with no Suspense fallback in between. Never rejects: a failure is left to the lazy load.
 */
// biome-ignore lint/suspicious/noExplicitAny: mirrors React.lazy's own signature (any props).
export function preload(load: () => Promise<{ default: ComponentType<any> }>): Promise<void> {
  return load().then(
    (module) => {
      preloaded.set(load, module);
    },
    () => {},
  );
}

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
  // Already here (preloaded for the first page): rendered directly, so the first paint shows
  // the page rather than an empty fallback.
  let current: T | LazyExoticComponent<T> =
    (preloaded.get(load)?.default as T | undefined) ?? fresh();
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
