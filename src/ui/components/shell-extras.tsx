/**
 * The shell's parts that can wait for the deferred chunk (see deferred.ts): the storage and
 * update notices, the document title, the language and theme on <html>, moving focus to the
 * new page after navigating, and merging progress written by other tabs. Rendered by the shell
 * where the notices go. (In a build, the boot script sets the language and the stored theme on
 * <html> before the first paint.)
 */
import { type RefObject, useEffect, useRef } from "react";
import { writeSide } from "../../progress/load-write-side";
import { useGraph, usePreferences, useServices } from "../app-context";
import { useI18n } from "../i18n";
import { StorageNotice } from "../layout/storage-notice";
import { UpdateNotice } from "../layout/update-notice";
import type { Route } from "../router";

export interface ShellExtrasProps {
  readonly route: Route;
  /** Changes with every navigation, including to another topic or share code. */
  readonly routeKey: string;
  /** The page's main element: it takes focus after navigating. */
  readonly main: RefObject<HTMLElement | null>;
}

export function ShellExtras({ route, routeKey, main }: ShellExtrasProps) {
  useDocumentTitleAndLang(route);
  useThemeAttribute();
  useCrossTabSync();

  // After navigating, start reading at the new page, as a full page load would. The route
  // shown when this mounted is the page as loaded, which keeps the browser's own focus.
  const shown = useRef(routeKey);
  useEffect(() => {
    if (shown.current === routeKey) return;
    shown.current = routeKey;
    main.current?.focus();
  }, [routeKey, main]);

  return (
    <>
      <StorageNotice />
      <UpdateNotice />
    </>
  );
}

/**
 * "Outline · <curriculum title>", "<topic title> · <curriculum title>", and so on; and the
 * reading language on <html lang>.
 */
function useDocumentTitleAndLang(route: Route) {
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
  useEffect(() => {
    // Only on a change: setting it at all, even to the same value, made the browser redo the
    // whole page's styles (a 350-650 ms task at 4x CPU slowdown, measured on the outline).
    const html = document.documentElement;
    if (html.lang !== lang) html.lang = lang;
  }, [lang]);
}

/** Merges progress written by other tabs of the same site into this one, as it happens. */
function useCrossTabSync() {
  const { progress, progressKey } = useServices();
  useEffect(() => {
    // The deferred chunk comes with the write side (see deferred.ts), so it is loaded here.
    const side = writeSide();
    if (progressKey === undefined || !side) return;
    return side.connectCrossTabWithCatchUp(progress, progressKey, window);
  }, [progress, progressKey]);
}

/**
 * Mirrors the theme preference on <html data-theme>; "system" leaves it to the media query.
 * The browser's own bars follow too: index.html has a theme-color tag per colour scheme, and a
 * chosen theme gives every tag that scheme's colour.
 */
function useThemeAttribute() {
  const theme = usePreferences((state) => state.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === "system") delete root.dataset.theme;
    else root.dataset.theme = theme;
    followThemeColor(theme);
  }, [theme]);
}

function followThemeColor(theme: string) {
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
