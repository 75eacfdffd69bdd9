/**
 * Code the first page does not need in order to paint (ticking and its feedback, the toast
 * list, the storage and update notices, cross-tab merging), with the progress write side. It
 * is requested as soon as the app has rendered (the first `useDeferred()` effect), so it is
 * normally in memory long before the learner's first click; a tick made earlier waits for it.
 */
import { startTransition, useEffect, useState } from "react";
import { addStrings } from "../../i18n/strings";
import { loadOnce } from "../../progress/load-once";
import { loadWriteSide } from "../../progress/load-write-side";

export type DeferredParts = typeof import("./deferred-parts");

/** useDeferred()'s components waiting for the parts. */
const arrivals = new Set<(parts: DeferredParts) => void>();

const deferredChunk = loadOnce<DeferredParts>(() =>
  Promise.all([import("./deferred-parts"), loadWriteSide()]).then(([parts]) => {
    addStrings("feedback", parts.feedbackStrings);
    for (const arrived of arrivals) arrived(parts);
    return parts;
  }),
);

/** Loads the deferred chunk (with its strings) and the write side once (again after a failure). */
export const loadDeferred: () => Promise<DeferredParts> = deferredChunk.load;

/**
 * Runs `use` with the deferred parts: synchronously when they are in memory (so, in an event
 * handler, before React paints), else as soon as they arrive. A chunk that fails to load
 * skips `use`; the next call tries again. Returns, when `use` has to wait, a promise settled
 * once it has run or been skipped (never rejected).
 */
export function withDeferred(use: (parts: DeferredParts) => void): Promise<void> | undefined {
  const parts = deferredChunk.loaded();
  if (parts) use(parts);
  else return loadDeferred().then(use, () => {});
}

/** The deferred parts once loaded (undefined before); starts loading after the first render. */
export function useDeferred(): DeferredParts | undefined {
  const [parts, setParts] = useState(deferredChunk.loaded);
  useEffect(() => {
    if (parts) return;
    // Whichever load succeeds (this one, or after a failure a tick's or a view's), the parts
    // arrive here. They add to a page already shown: a transition lets that render yield.
    const arrived = (loaded: DeferredParts) => startTransition(() => setParts(loaded));
    // Loaded between this component's render and now: no arrival is left to hear of.
    const loaded = deferredChunk.loaded();
    if (loaded) {
      arrived(loaded);
      return;
    }
    arrivals.add(arrived);
    loadDeferred().catch(() => {});
    return () => {
      arrivals.delete(arrived);
    };
  }, [parts]);
  return parts;
}
