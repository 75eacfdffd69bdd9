/**
 * Every view but the outline, and the header's share controls: each is a chunk of its own,
 * loaded when first shown. This module comes with the deferred chunk (see
 * components/deferred.ts), so the first page's code carries neither the views' loaders nor the
 * list of files they need; the boot script preloads both for a page opened on another view.
 */
import { lazyView } from "./components/lazy-view";
import type { Route } from "./router";

const TopicPage = lazyView(() => import("./topic/topic-page"));
const PlanPage = lazyView(() => import("./plan/plan-page"));
const GraphPage = lazyView(() => import("./graph/graph-page"));
const SharePage = lazyView(() => import("./share/share-page"));
// Rarely the first page, and its strings come with the feedback strings (see src/i18n/strings.ts).
const NotFound = lazyView(() =>
  import("./layout/not-found").then((module) => ({ default: module.NotFound })),
);

/** The share link, export and import controls of the header. */
export const ShareControls = lazyView(() =>
  import("./share/share-controls").then((module) => ({ default: module.ShareControls })),
);

/** The view of any route but the outline (which the shell renders itself). */
export function LaterView({ route }: { route: Exclude<Route, { name: "outline" }> }) {
  switch (route.name) {
    case "graph":
      return <GraphPage />;
    case "plan":
      return <PlanPage />;
    case "topic":
      return <TopicPage key={route.id} id={route.id} />;
    case "share":
      return <SharePage key={route.code} code={route.code} />;
    case "not-found":
      return <NotFound id={route.id} />;
  }
}
