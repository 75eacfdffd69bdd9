/**
 * A chunk loaded on demand, once: every caller shares one request and, once it has arrived,
 * can read it synchronously. A failed load is forgotten, so the next call tries again (after
 * being offline, say) instead of returning the same rejection forever.
 */
export interface LoadOnce<T> {
  /** Starts the load, or joins the one under way; resolves with the loaded value. */
  readonly load: () => Promise<T>;
  /** The value once loaded, else undefined. */
  readonly loaded: () => T | undefined;
}

export function loadOnce<T>(load: () => Promise<T>): LoadOnce<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    load: () => {
      pending ??= load().then(
        (result) => {
          value = result;
          return result;
        },
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
    loaded: () => value,
  };
}
