/**
 * What the shell keeps in step with the app's state outside React's tree: the document title,
 * `<html lang>`, the theme on `<html data-theme>` and the browser's theme colour, focus after
 * navigating, and progress written by other tabs.
 */
import { type RefObject, useEffect, useLayoutEffect, useRef } from "react";
import { connectCrossTabWithCatchUp } from "../../progress/cross-tab";
import { useGraph, usePreferences, useServices } from "../app-context";
import { useI18n } from "../i18n";
import type { Route } from "../router";

/**
 * "Outline · <curriculum title>", "<topic title> · <curriculum title>", and so on; and the
 * reading language on <html lang>.
 */
export function useDocumentTitleAndLang(route: Route): void {
  const { t, localize, lang } = useI18n();
  const graph = useGraph();
  const site = localize(graph.curriculum.title).text;
  let page: string;
  if (route.name === "topic") {
    const topic = graph.topic(route.id);
    page = topic ? localize(topic.title).text : route.id;
  } else if (route.name === "not-found") {
    page = t.shell.pageTitle.notFound;
  } else {
    page = t.shell.pageTitle[route.name];
  }
  const title = `${page} · ${site}`;
  useEffect(() => {
    document.title = title;
  }, [title]);
  useLayoutEffect(() => {
    // Only on a change: setting it, even to the same value, makes the browser restyle the page.
    const html = document.documentElement;
    if (html.lang !== lang) html.lang = lang;
  }, [lang]);
}

/**
 * After navigating, moves focus to the new page's main element and shows the page from its top,
 * header included, as a full page load would. Back and Forward keep the position the browser
 * restores. The page as first loaded keeps the browser's own focus.
 */
export function useFocusAfterNavigating(
  routeKey: string,
  main: RefObject<HTMLElement | null>,
): void {
  const shown = useRef(routeKey);
  const traversing = useTraversal();
  useEffect(() => {
    if (shown.current === routeKey) return;
    shown.current = routeKey;
    // Focus alone would scroll a page taller than the window to its main, past the header.
    main.current?.focus({ preventScroll: true });
    const page = document.scrollingElement;
    if (page && !traversing.current) page.scrollTop = 0;
  }, [routeKey, main, traversing]);
}

/**
 * Whether the latest navigation went through the history (Back, Forward), as the Navigation
 * API tells; where a browser lacks it, every page change counts as a new page.
 */
function useTraversal(): RefObject<boolean> {
  const traversing = useRef(false);
  useEffect(() => {
    const navigation = window.navigation;
    if (!navigation) return;
    const onNavigate = (event: NavigateEvent) => {
      traversing.current = event.navigationType === "traverse";
    };
    navigation.addEventListener("navigate", onNavigate);
    return () => navigation.removeEventListener("navigate", onNavigate);
  }, []);
  return traversing;
}

/** Merges progress written by other tabs of the same site into this one, as it happens. */
export function useCrossTabSync(): void {
  const { progress, progressKey } = useServices();
  useEffect(() => {
    if (progressKey === undefined) return;
    return connectCrossTabWithCatchUp(progress, progressKey, window);
  }, [progress, progressKey]);
}

/**
 * Mirrors the theme preference on <html data-theme>; "system" leaves it to the media query.
 * The browser's own bars follow too: index.html has a theme-color tag per colour scheme, and a
 * chosen theme gives every tag that scheme's colour.
 */
export function useThemeAttribute(): void {
  const theme = usePreferences((state) => state.theme);
  // Before the browser paints: the first frame is already in the learner's colours.
  useLayoutEffect(() => {
    const root = document.documentElement;
    if (theme === "system") delete root.dataset.theme;
    else root.dataset.theme = theme;
    followThemeColor(theme);
  }, [theme]);
}

function followThemeColor(theme: string): void {
  const tags = [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')];
  // Each tag's own colour, kept the first time it is changed.
  for (const tag of tags) tag.dataset.schemeColor ??= tag.content;
  const chosen = tags.find((tag) =>
    tag.getAttribute("media")?.includes(`prefers-color-scheme: ${theme}`),
  );
  for (const tag of tags) {
    tag.content = chosen?.dataset.schemeColor ?? tag.dataset.schemeColor ?? tag.content;
  }
}
