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
import { parseHash } from "./hash-route";
import { readingLang } from "./i18n";

export { AppShell } from "./app-shell";

/**
 * Everything the first render needs: the curriculum (a JSON file index.html preloads), the
 * services over it, and the UI strings of the reading language. Their download starts with the
 * boot script (src/prerender/boot.ts), which preloads the strings of the language it decides as
 * this does, so by the time the curriculum has arrived they normally have too.
 */
export async function loadApp(): Promise<AppServices> {
  const path = window.location.pathname;
  const preferences = createPreferencesStore({ key: preferencesKeyFor(path) });
  const curriculum = await loadCurriculum();
  await loadStrings(pickUiLang(readingLang(curriculum, preferences.getState().lang)));
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
  const page = root.querySelector<HTMLElement>(`.prerender[data-lang="${lang}"]`);
  const { done, goal } = services.progress.getState();
  // The hash is read again too: before the app ran, the learner may have left the outline
  // (back, forward, an address typed), and the copy would then be drawn over by another page.
  const elsewhere = parseHash(window.location.hash).name !== "outline";
  if (!page || elsewhere || Object.keys(done).length > 0 || goal !== null) return undefined;
  for (const child of [...root.children]) if (child !== page) child.remove();
  page.inert = false;
  return page;
}
