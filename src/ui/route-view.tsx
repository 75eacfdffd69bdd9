/**
 * Each route's view is a chunk of its own, loaded with React.lazy when first shown. The loaders
 * are one of the app's services (tests inject their own); main.tsx starts loading the view of
 * the page opened alongside the curriculum, so the first render seldom waits for it.
 */
import type { ComponentType } from "react";
import { useServices } from "./app-context";
import { NotFound } from "./layout/not-found";
import { lazyWithRetry, preload } from "./lazy-with-retry";
import type { Route } from "./router";

interface ViewProps {
  readonly outline: object;
  readonly graph: object;
  readonly plan: object;
  readonly review: object;
  readonly about: object;
  readonly topic: { readonly id: string };
  readonly share: { readonly code: string };
}

export type ViewName = keyof ViewProps;

/** How each view's code is loaded: a dynamic import in the app. */
export type ViewLoaders = {
  readonly [Name in ViewName]: () => Promise<{ default: ComponentType<ViewProps[Name]> }>;
};

export const viewLoaders: ViewLoaders = {
  outline: () => import("./outline/outline-page"),
  graph: () => import("./graph/graph-page"),
  plan: () => import("./plan/plan-page"),
  review: () => import("./review/review-page"),
  about: () => import("./about/about-page"),
  topic: () => import("./topic/topic-page"),
  share: () => import("./share/share-page"),
};

/**
 * Starts loading the view of `route`; resolves once it is here, so main.tsx can render the
 * page in its first paint. Never rejects: a failure is left to the view's own load to report.
 */
export function preloadView(route: Route): Promise<void> {
  return route.name === "not-found" ? Promise.resolve() : preload(viewLoaders[route.name]);
}

type LazyViews = { readonly [Name in ViewName]: ComponentType<ViewProps[Name]> };

// One set of lazy components per set of loaders, made when first needed.
const lazyViews = new WeakMap<ViewLoaders, LazyViews>();

function lazyViewsFor(loaders: ViewLoaders): LazyViews {
  let views = lazyViews.get(loaders);
  if (!views) {
    views = {
      outline: lazyWithRetry(loaders.outline),
      graph: lazyWithRetry(loaders.graph),
      plan: lazyWithRetry(loaders.plan),
      review: lazyWithRetry(loaders.review),
      about: lazyWithRetry(loaders.about),
      topic: lazyWithRetry(loaders.topic),
      share: lazyWithRetry(loaders.share),
    };
    lazyViews.set(loaders, views);
  }
  return views;
}

/** The view of a route; suspends while its code loads. */
export function RouteView({ route }: { route: Route }) {
  const views = lazyViewsFor(useServices().views);
  switch (route.name) {
    case "outline":
      return <views.outline />;
    case "graph":
      return <views.graph />;
    case "plan":
      return <views.plan />;
    case "review":
      return <views.review />;
    case "about":
      return <views.about />;
    case "topic":
      return <views.topic key={route.id} id={route.id} />;
    case "share":
      return <views.share key={route.code} code={route.code} />;
    case "not-found":
      return <NotFound id={route.id} />;
  }
}
