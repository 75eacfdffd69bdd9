/**
 * The real app's services: the compiled curriculum from the build, progress in this browser's
 * localStorage (one key per deployed site), topic bodies and the graph layout loaded on demand
 * (all data files of the build; see src/curriculum/vite-plugin.ts). main.tsx awaits `loadApp()`
 * and renders `AppShell` with the result.
 */
import { loadCurriculum, loadLayout, loadTopicBody } from "virtual:jiewang/curriculum";
import { createGraph } from "../graph";
import { loadStrings, pickUiLang } from "../i18n/strings";
import { preferencesKeyFor, storageKeyFor } from "../progress/storage-key";
import { createPreferencesStore, createProgressStore } from "../progress/store";
import type { AppServices } from "./app-context";
import { browserLanguages, readingLang } from "./i18n";
import { viewLoaders } from "./route-view";
import { parseHash } from "./router";

export { AppShell } from "./app-shell";

/** Everything the first render needs: the curriculum, the services over it, and the UI strings. */
export async function loadApp(): Promise<AppServices> {
  const path = window.location.pathname;
  const preferences = createPreferencesStore({ key: preferencesKeyFor(path) });
  // The strings of the learner's likely language download alongside the curriculum; the
  // curriculum's languages then settle which are needed (nearly always the same).
  const chosen = preferences.getState().lang;
  loadStrings(pickUiLang(chosen ?? browserLanguages()[0] ?? "")).catch(() => {});
  const curriculum = await loadCurriculum();
  const lang = readingLang(curriculum, chosen);
  const uiLang = pickUiLang(lang);
  // A topic page opened directly: its body starts downloading now, alongside the strings, not
  // once the topic view has loaded and asked for it (the browser's cache serves that request).
  const route = parseHash(window.location.hash);
  if (route.name === "topic") loadTopicBody(route.id, lang).catch(() => {});
  const strings = await loadStrings(uiLang);
  // Set while the page is still empty: changed later, either makes the browser restyle the
  // whole rendered page (the shell keeps them in step from then on).
  const html = document.documentElement;
  html.lang = lang;
  const theme = preferences.getState().theme;
  if (theme !== "system") html.dataset.theme = theme;
  const progressKey = storageKeyFor(path);
  return {
    progressKey,
    curriculum,
    graph: createGraph(curriculum),
    progress: createProgressStore({ key: progressKey }),
    preferences,
    loadTopicBody,
    loadLayout,
    views: viewLoaders,
    strings: { [uiLang]: strings },
    loadStrings,
    // Read at each call, so a clock moved after start-up (Playwright's page.clock) is seen.
    now: () => Date.now(),
  };
}
