/**
 * The longest the first render waits for the opened page's view and a topic's body. Past it,
 * the header and the page's placeholder paint and the page fills in when its part arrives: on
 * a slow network that beats an empty screen.
 */
export const FIRST_PAINT_WAIT_MS = 2000;

/** Resolves when `promise` settles or after `ms`, whichever comes first; never rejects. */
export function settledWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    promise.then(done, done);
  });
}
