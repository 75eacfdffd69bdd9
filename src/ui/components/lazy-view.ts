import { type ComponentType, type LazyExoticComponent, lazy } from "react";
import { loadFeedbackStrings, loadViewStrings } from "../../i18n/strings";

/**
 * React.lazy for an on-demand view: loads the view's chunk and the views' UI strings together,
 * so the view can read `t.topic`, `t.plan`... (and `t.feedback`, for its dialogs and toasts)
 * from its first render.
 */
// biome-ignore lint/suspicious/noExplicitAny: mirrors React.lazy's own signature (any props).
export function lazyView<T extends ComponentType<any>>(
  load: () => Promise<{ default: T }>,
): LazyExoticComponent<T> {
  return lazy(async () => {
    const [module] = await Promise.all([load(), loadViewStrings(), loadFeedbackStrings()]);
    return module;
  });
}
