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
import type { Lang, TopicBody } from "../curriculum/types";
import type { AppServices } from "./app-context";
import { browserLanguages, readingLang } from "./i18n";
import { viewLoaders } from "./route-view";
import { parseHash } from "./router";
import { FIRST_PAINT_WAIT_MS, settledWithin } from "./settled-within";

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
  const graph = createGraph(curriculum);
  const bodies = rememberBodies(loadTopicBody);
  // A topic page opened directly: its body downloads now, alongside the strings, and the first
  // render waits for it, so the page appears whole (it shows nothing until its body is here).
  // A failure is left to the page, which says so and offers to try again.
  const route = parseHash(window.location.hash);
  const topicId = route.name === "topic" ? graph.canonicalId(route.id) : undefined;
  const bodyReady = topicId
    ? settledWithin(bodies.loadTopicBody(topicId, lang), FIRST_PAINT_WAIT_MS)
    : undefined;
  const strings = await loadStrings(uiLang);
  await bodyReady;
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
    graph,
    progress: createProgressStore({ key: progressKey }),
    preferences,
    ...bodies,
    loadLayout,
    views: viewLoaders,
    strings: { [uiLang]: strings },
    loadStrings,
    // Read at each call, so a clock moved after start-up (Playwright's page.clock) is seen.
    now: () => Date.now(),
  };
}

/** `load`, remembering each body it brings, and a synchronous look at what it has brought. */
function rememberBodies(load: AppServices["loadTopicBody"]) {
  const loaded = new Map<string, TopicBody | undefined>();
  const key = (id: string, lang: Lang) => `${lang}\n${id}`;
  return {
    loadTopicBody: async (id: string, lang: Lang) => {
      const body = await load(id, lang);
      loaded.set(key(id, lang), body);
      return body;
    },
    peekTopicBody: (id: string, lang: Lang) =>
      loaded.has(key(id, lang)) ? { body: loaded.get(key(id, lang)) } : undefined,
  };
}
