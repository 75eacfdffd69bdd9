/**
 * Renders the app (or one view) for component tests: a small curriculum compiled by the real
 * compiler (tests/fixtures/curriculum-factory.ts), in-memory storage, and real stores and graph
 * engine. Use `await renderApp({ route: "#/plan" })` for whole-app tests and
 * `await renderWithServices(<View />)` for a single view; both resolve once the route's view
 * (a lazy chunk, as in the app) has been drawn.
 */
import { act, type RenderResult, render, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement } from "react";
import type { CompiledCurriculum, GraphLayout, TopicBody } from "../../src/curriculum/types";
import { createGraph } from "../../src/graph";
import { en } from "../../src/i18n/strings-en";
import { zh } from "../../src/i18n/strings-zh";
import type { Theme } from "../../src/progress/preferences-store";
import { createPreferencesStore, createProgressStore } from "../../src/progress/store";
import type { AppServices } from "../../src/ui/app-context";
import { AppProviders, AppShell } from "../../src/ui/app-shell";
import { viewLoaders } from "../../src/ui/route-view";
import { makeCurriculum } from "../fixtures/curriculum-factory";
import { MemoryStorage } from "../fixtures/progress/memory-storage";

export { MemoryStorage };

/** When seeded progress was ticked: a plausible past date (the store refuses implausible ones). */
export const SEED_TIME = Date.UTC(2024, 0, 1);

export const PROGRESS_KEY = "jiewang:/test/";
export const PREFERENCES_KEY = "jiewang:/test/:preferences";

/**
 * The default fixture: two sections; `rnn` needs `neural-nets` and one of probability/algebra;
 * `probability` has no English title (fallback); `gan` is an elective; `nn` is an old id.
 */
export const fixtureCurriculum: CompiledCurriculum = makeCurriculum({
  goal: "attention",
  sections: [
    { id: "basics", title: { zh: "基础", en: "Basics" } },
    { id: "advanced", title: { zh: "进阶", en: "Advanced" } },
  ],
  topics: [
    { id: "algebra", title: { zh: "线性代数", en: "Linear algebra" }, section: "basics", hours: 4 },
    { id: "calculus", title: { zh: "微积分", en: "Calculus" }, section: "basics", hours: 3 },
    {
      id: "probability",
      title: { zh: "概率论" },
      section: "basics",
      hours: 2,
      source: "extension",
    },
    {
      id: "neural-nets",
      title: { zh: "神经网络", en: "Neural networks" },
      section: "advanced",
      requires: ["algebra", "calculus"],
      hours: 6,
      aliases: ["nn"],
    },
    {
      id: "rnn",
      title: { zh: "循环神经网络", en: "Recurrent networks" },
      section: "advanced",
      requires: ["neural-nets", ["probability", "algebra"]],
      hours: 5,
    },
    {
      id: "attention",
      title: { zh: "注意力机制", en: "Attention" },
      section: "advanced",
      requires: ["rnn"],
      hours: 8,
    },
    {
      id: "gan",
      title: { zh: "生成对抗网络", en: "Generative adversarial networks" },
      section: "advanced",
      requires: ["neural-nets"],
      hours: 4,
      optional: true,
      source: "extension",
    },
  ],
});

export interface TestServicesOptions {
  curriculum?: CompiledCurriculum;
  /** Progress to start from: ids (ticked at SEED_TIME) or id -> tick time. */
  done?: readonly string[] | Readonly<Record<string, number>>;
  /** Storage shared by both stores; default a fresh MemoryStorage. `null`: none at all. */
  storage?: MemoryStorage | null;
  /** A chosen language (as if picked earlier); default none, so the browser's is used. */
  lang?: string;
  theme?: Theme;
  /** Bodies served by loadTopicBody, by id; default a short generated body. */
  bodies?: Readonly<Record<string, TopicBody>>;
  layout?: GraphLayout;
  now?: () => number;
  /** How views' code loads; default the app's own loaders. */
  views?: AppServices["views"];
  /** UI strings in memory from the start; default both languages, so switching never waits. */
  strings?: AppServices["strings"];
  /** How another language's strings load; default at once. */
  loadStrings?: AppServices["loadStrings"];
}

/** Real stores and engine over in-memory storage, for rendering the app in tests. */
export function createTestServices(options: TestServicesOptions = {}): {
  services: AppServices;
  storage: MemoryStorage | null;
} {
  const curriculum = options.curriculum ?? fixtureCurriculum;
  const storage = options.storage === undefined ? new MemoryStorage() : options.storage;
  if (storage && options.done) {
    const done = Array.isArray(options.done)
      ? Object.fromEntries(options.done.map((id) => [id, SEED_TIME]))
      : options.done;
    // Seeded through a store of its own, so tests never depend on the stored format.
    const seed = createProgressStore({ key: PROGRESS_KEY, storage });
    seed.getState().importProgress(done, "replace");
  }
  const progress = createProgressStore({
    key: PROGRESS_KEY,
    storage,
    ...(options.now ? { now: options.now } : {}),
  });
  const preferences = createPreferencesStore({ key: PREFERENCES_KEY, storage });
  if (options.lang) preferences.getState().setLang(options.lang);
  if (options.theme) preferences.getState().setTheme(options.theme);
  const primary = curriculum.languages[0] ?? "zh";
  const services: AppServices = {
    progressKey: PROGRESS_KEY,
    curriculum,
    graph: createGraph(curriculum),
    progress,
    preferences,
    loadTopicBody: async (id, lang) => {
      const given = options.bodies?.[id];
      if (given) return given;
      const topic = curriculum.topics.find((t) => t.id === id);
      if (!topic) return undefined;
      const bodyLang = topic.bodyLanguages.includes(lang) ? lang : primary;
      return { id, lang: bodyLang, html: `<p>Body of ${id}.</p>`, resources: [] };
    },
    loadLayout: async () => options.layout ?? { width: 0, height: 0, nodes: [], edges: [] },
    views: options.views ?? viewLoaders,
    strings: options.strings ?? { zh, en },
    loadStrings: options.loadStrings ?? (async (lang) => (lang === "zh" ? zh : en)),
    now: options.now ?? (() => Date.now()),
  };
  return { services, storage };
}

export interface RenderAppOptions extends TestServicesOptions {
  /** Location hash to start at, e.g. "#/plan"; default "#/". */
  route?: string;
}

export type RenderAppResult = RenderResult & {
  user: ReturnType<typeof userEvent.setup>;
  services: AppServices;
  storage: MemoryStorage | null;
};

/** Renders inside act and waits until no part of the page is still loading its code. */
async function renderSettled(ui: ReactElement): Promise<RenderResult> {
  const result = await act(async () => render(ui));
  await waitUntilLoaded();
  return result;
}

/** Waits until no part of the page is still loading its code (a view, the share controls). */
export async function waitUntilLoaded(): Promise<void> {
  // Generous: the first import of a view transforms its modules, slow on a busy machine.
  await waitFor(
    () => expect(document.querySelector(".page-loading, .share-controls-slot")).toBeNull(),
    { timeout: 15_000 },
  );
}

/** Renders the whole app shell at `route`, once its view has loaded. */
export async function renderApp(options: RenderAppOptions = {}): Promise<RenderAppResult> {
  window.location.hash = options.route ?? "#/";
  const { services, storage } = createTestServices(options);
  const user = userEvent.setup();
  const result = await renderSettled(<AppShell services={services} />);
  return { ...result, user, services, storage };
}

/** Renders one view inside every provider the shell sets up (services, language, toasts...). */
export async function renderWithServices(
  ui: ReactElement,
  options: TestServicesOptions = {},
): Promise<RenderAppResult> {
  const { services, storage } = createTestServices(options);
  const user = userEvent.setup();
  const result = await renderSettled(<AppProviders services={services}>{ui}</AppProviders>);
  return { ...result, user, services, storage };
}
