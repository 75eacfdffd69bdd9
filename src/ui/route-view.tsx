/**
 * Each route's view is a chunk of its own, loaded with React.lazy when first shown. main.tsx
 * starts loading the view of the page opened alongside the curriculum, so the first render
 * seldom has to wait for it.
 */
import { NotFound } from "./layout/not-found";
import { lazyWithRetry } from "./lazy-with-retry";
import type { Route } from "./router";

const views = {
  outline: () => import("./outline/outline-page"),
  graph: () => import("./graph/graph-page"),
  plan: () => import("./plan/plan-page"),
  topic: () => import("./topic/topic-page"),
  share: () => import("./share/share-page"),
};

/** Starts loading the view of `route` (a failure is left to the view's own load to report). */
export function preloadView(route: Route): void {
  if (route.name !== "not-found") views[route.name]().catch(() => {});
}

const OutlinePage = lazyWithRetry(views.outline);
const GraphPage = lazyWithRetry(views.graph);
const PlanPage = lazyWithRetry(views.plan);
const TopicPage = lazyWithRetry(views.topic);
const SharePage = lazyWithRetry(views.share);

/** The view of a route; suspends while its code loads. */
export function RouteView({ route }: { route: Route }) {
  switch (route.name) {
    case "outline":
      return <OutlinePage />;
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
