/**
 * The real app: the compiled curriculum from the build, progress in this browser's
 * localStorage (one key per deployed site), bodies and layout loaded on demand.
 */
import { useState } from "react";
import curriculum from "virtual:jiewang/curriculum";
import { createGraph } from "../graph";
import { preferencesKeyFor, storageKeyFor } from "../progress/storage-key";
import { createPreferencesStore, createProgressStore } from "../progress/store";
import type { AppServices } from "./app-context";
import { AppShell } from "./app-shell";

export { AppShell } from "./app-shell";

function createServices(): AppServices {
  const path = window.location.pathname;
  const progressKey = storageKeyFor(path);
  return {
    progressKey,
    curriculum,
    graph: createGraph(curriculum),
    progress: createProgressStore({ key: progressKey }),
    preferences: createPreferencesStore({ key: preferencesKeyFor(path) }),
    loadTopicBody: async (id, lang) =>
      (await import("virtual:jiewang/bodies")).loadTopicBody(id, lang),
    loadLayout: async () => (await import("virtual:jiewang/layout")).default,
  };
}

export function App() {
  const [services] = useState(createServices);
  return <AppShell services={services} />;
}
