import { type ComponentType, type LazyExoticComponent, lazy } from "react";
import { loadViewStrings } from "../../i18n/strings";
import { loadDeferred } from "./deferred";

/**
 * React.lazy for an on-demand view: loads the view's chunk and the views' UI strings together,
 * so the view can read `t.topic`, `t.plan`... from its first render, and the deferred chunk,
 * which brings `t.feedback` (for its dialogs and toasts) and the progress write side (so it can
 * change progress, e.g. an import).
 */
// biome-ignore lint/suspicious/noExplicitAny: mirrors React.lazy's own signature (any props).
export function lazyView<T extends ComponentType<any>>(
  load: () => Promise<{ default: T }>,
): LazyExoticComponent<T> {
  return lazy(async () => {
    const [module] = await Promise.all([load(), loadViewStrings(), loadDeferred()]);
    return module;
  });
}
