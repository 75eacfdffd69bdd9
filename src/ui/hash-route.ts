/**
 * The hash routes as data: `#/`, `#/graph`, `#/plan`, `#/topic/<id>`, `#/share/<code>`. No React
 * and no imports, so the boot script (src/prerender/boot.ts) reads a URL exactly as the app does.
 */

export type RouteName = "outline" | "graph" | "plan" | "topic" | "share" | "not-found";

export type Route =
  | { readonly name: "outline" | "graph" | "plan" }
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
  if (path === "graph" || path === "plan") return { name: path };
  const [head, ...parts] = path.split("/");
  const rest = safeDecode(parts.join("/"));
  if (head === "topic" && rest !== "") return { name: "topic", id: rest };
  // Share codes are [A-Za-z0-9_-]; anything else still reaches the share view, which says why
  // the link is bad instead of showing a blank page.
  if (head === "share") return { name: "share", code: rest };
  return { name: "not-found" };
}
