/**
 * The real app's services: the compiled curriculum from the build, progress in this browser's
 * localStorage (one key per deployed site), topic bodies and the graph layout loaded on demand
 * (all data files of the build; see src/curriculum/vite-plugin.ts). main.tsx awaits `loadApp()`
 * and renders `AppShell` with the result.
 */
import { loadCurriculum, loadLayout, loadTopicBody } from "virtual:jiewang/curriculum";
import { createGraph } from "../graph";
import { loadStrings, ownUiLang, pickUiLang, UI_LANGS } from "../i18n/strings";
import { preferencesKeyFor, storageKeyFor } from "../progress/storage-key";
import { createPreferencesStore, createProgressStore } from "../progress/store";
import type { AppServices } from "./app-context";
import { browserLanguages, readingLang } from "./i18n";

export { AppShell } from "./app-shell";

/**
 * Everything the first render needs: the curriculum (a JSON file index.html preloads), the
 * services over it, and the UI strings of the reading language. The strings start loading
 * alongside the curriculum for the likely language (the learner's choice, else the browser's
 * first language that has UI strings); when the curriculum says otherwise, the right ones follow.
 */
export async function loadApp(): Promise<AppServices> {
  const path = window.location.pathname;
  const preferences = createPreferencesStore({ key: preferencesKeyFor(path) });
  const chosen = preferences.getState().lang;
  const likely = chosen ?? browserLanguages().find((lang) => ownUiLang(lang) !== undefined);
  const early = loadStrings(pickUiLang(likely ?? UI_LANGS[0])).catch(() => {});
  const curriculum = await loadCurriculum();
  await early;
  await loadStrings(pickUiLang(readingLang(curriculum, chosen)));
  const progressKey = storageKeyFor(path);
  return {
    progressKey,
    curriculum,
    graph: createGraph(curriculum),
    progress: createProgressStore({ key: progressKey }),
    preferences,
    loadTopicBody,
    loadLayout,
  };
}

/**
 * The prerendered outline the boot script is showing (see src/prerender/boot.ts), ready to be
 * hydrated. The boot script shows it only when the app's first render will draw exactly it
 * (the outline, in its language, nothing done, no goal, the default theme), reading the same
 * storage moments earlier; progress is checked again here in case another tab wrote since.
 * The other languages' copies are removed. Undefined when there is none to take over:
 * rendering afresh into the root then clears them.
 */
export function prerenderedRootFor(
  root: HTMLElement,
  services: AppServices,
): HTMLElement | undefined {
  const lang = document.documentElement.dataset.prerender;
  const page = root.querySelector<HTMLElement>(`:scope > .prerender[data-lang="${lang}"]`);
  const { done, goal } = services.progress.getState();
  if (!lang || !page || Object.keys(done).length > 0 || goal !== null) return undefined;
  for (const child of [...root.children]) if (child !== page) child.remove();
  page.removeAttribute("inert");
  return page;
}
