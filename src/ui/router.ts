/**
 * Hash routes (`#/`, `#/graph`, `#/plan`, `#/review`, `#/about`, `#/topic/<id>`,
 * `#/share/<code>`), so any static host serves every page. Topic ids given as aliases resolve
 * to the current id.
 */
import { useSyncExternalStore } from "react";
import type { Graph } from "../graph";
import { useGraph } from "./app-context";

export type RouteName =
  | "outline"
  | "graph"
  | "plan"
  | "review"
  | "about"
  | "topic"
  | "share"
  | "not-found";

export type Route =
  | { readonly name: "outline" | "graph" | "plan" | "review" | "about" }
  | { readonly name: "topic"; readonly id: string }
  | { readonly name: "share"; readonly code: string }
  /** `id` is set when the path named a topic that does not exist. */
  | { readonly name: "not-found"; readonly id?: string };

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Parses a location hash into a route, without checking topic ids. Never throws. */
export function parseHash(hash: string): Route {
  const path = hash.replace(/^#?\/*|\/+$/g, "");
  if (path === "") return { name: "outline" };
  if (path === "graph" || path === "plan" || path === "review" || path === "about") {
    return { name: path };
  }
  const [head, ...parts] = path.split("/");
  const rest = safeDecode(parts.join("/"));
  if (head === "topic" && rest !== "") return { name: "topic", id: rest };
  // Share codes are [A-Za-z0-9_-]; anything else still reaches the share view, which says why
  // the link is bad instead of showing a blank page.
  if (head === "share") return { name: "share", code: rest };
  return { name: "not-found" };
}

/** Resolves a topic route's id through the graph: aliases to the current id, unknown to not-found. */
export function resolveRoute(route: Route, graph: Graph): Route {
  if (route.name !== "topic") return route;
  const id = graph.canonicalId(route.id);
  return id === undefined ? { name: "not-found", id: route.id } : { name: "topic", id };
}

/** The hash link for a route, e.g. `#/topic/residual-connection`. */
export function href(route: Route): string {
  switch (route.name) {
    case "topic":
      return `#/topic/${encodeURIComponent(route.id)}`;
    case "share":
      return `#/share/${encodeURIComponent(route.code)}`;
    case "graph":
    case "plan":
    case "review":
    case "about":
      return `#/${route.name}`;
    default:
      // The outline; an unknown page links back to it.
      return "#/";
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}

function currentHash(): string {
  return window.location.hash;
}

/** The current route from the URL hash, with topic aliases resolved. Re-renders on hash change. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  const graph = useGraph();
  return resolveRoute(parseHash(hash), graph);
}
