/**
 * Renders the outline page to HTML at build time, as the app's first render draws it for a new
 * learner: nothing done, no goal, the default theme, in one reading language. Loaded by
 * ./vite-plugin.ts through Vite's module runner (it is TSX and imports the app's components).
 * The browser takes this HTML over with hydrateRoot (src/main.tsx), so it must match that first
 * render exactly; the e2e suite checks that it does.
 */
import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import type { CompiledCurriculum } from "../curriculum/types";
import { createGraph } from "../graph";
import { loadAllStrings } from "../i18n/strings";
import { createPreferencesStore, createProgressStore } from "../progress/store";
import { AppShell } from "../ui/app-shell";
import type { AppServices } from "../ui/app-context";

// Loaded while Vite's module runner imports this file: it closes once the import is done.
await loadAllStrings();

/** The outline page (the whole shell at `#/`) in `lang`, as HTML for index.html's root. */
export async function renderOutlineHtml(
  curriculum: CompiledCurriculum,
  lang: string,
): Promise<string> {
  const services: AppServices = {
    curriculum,
    graph: createGraph(curriculum),
    progress: createProgressStore({ key: "prerender", storage: null }),
    preferences: createPreferencesStore({ key: "prerender:preferences", storage: null }),
    loadTopicBody: async () => undefined,
    loadLayout: () => Promise.reject(new Error("no layout at build time")),
  };
  // The stores hold nothing chosen, as they do in the browser whenever the boot script shows
  // this page: the app then takes the browser's first language. So this renders as a browser
  // whose first language is `lang`.
  const saved = Object.getOwnPropertyDescriptor(globalThis, "navigator");
  Object.defineProperty(globalThis, "navigator", {
    configurable: true,
    value: { language: lang, languages: [lang] },
  });
  try {
    // index.html holds one copy per language: each has ids and radio-group names of its own
    // (a shared name made the copies one radio group, and one copy's chip lost its tick).
    // The app hydrates a copy with the same prefix (src/main.tsx).
    return renderToString(
      <StrictMode>
        <AppShell services={services} />
      </StrictMode>,
      { identifierPrefix: lang },
    );
  } finally {
    if (saved) Object.defineProperty(globalThis, "navigator", saved);
    else Reflect.deleteProperty(globalThis, "navigator");
  }
}
