import type { ComponentProps, ComponentType } from "react";
import { loadViewStrings } from "../../i18n/strings";
import { retryableLazy } from "./retryable-lazy";

/**
 * A view whose code is a chunk of its own, loaded when first rendered together with the views'
 * UI strings, so it can read `t.topic`, `t.plan`... from its first render. Only the deferred
 * chunk uses this (see ../later-views.tsx), so the feedback strings and the progress write side
 * are in memory by then.
 */
// biome-ignore lint/suspicious/noExplicitAny: mirrors React.lazy's own signature (any props).
export function lazyView<T extends ComponentType<any>>(
  load: () => Promise<{ default: T }>,
): ComponentType<ComponentProps<T>> {
  return retryableLazy(() => Promise.all([load(), loadViewStrings()]).then(([module]) => module));
}
