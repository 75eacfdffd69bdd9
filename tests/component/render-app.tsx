/**
 * Renders the app (or one view) for component tests: a small literal curriculum by default,
 * in-memory storage, and real stores and graph engine. Use `renderApp({ route: "#/plan" })`
 * for whole-app tests and `renderWithServices(<View />)` for a single view.
 */
import { type RenderResult, render } from "@testing-library/react";
import { hydrateRoot, type Root } from "react-dom/client";
import userEvent from "@testing-library/user-event";
import { act, type ReactElement } from "react";
import type {
  CompiledCurriculum,
  CompiledTopic,
  GraphLayout,
  Localized,
  TopicBody,
} from "../../src/curriculum/types";
import { createGraph } from "../../src/graph";
import { loadAllStrings } from "../../src/i18n/strings";
import type { Theme } from "../../src/progress/preferences-store";
import type { KeyValueStorage } from "../../src/progress/safe-storage";
import { createPreferencesStore, createProgressStore } from "../../src/progress/store";
import type { AppServices } from "../../src/ui/app-context";
import { AppProviders, AppShell } from "../../src/ui/app-shell";
import { loadDeferred } from "../../src/ui/components/deferred";

// Every language's strings and the deferred chunk (tick feedback, toasts, notices) are in
// memory before any test renders, as they are in the app moments after its first paint, so
// tests can switch languages and read feedback without waiting.
await Promise.all([loadAllStrings(), loadDeferred()]);

export const PROGRESS_KEY = "jiewang:/test/";
export const PREFERENCES_KEY = "jiewang:/test/:preferences";

/**
 * A Web-Storage-like map. `failWith` makes every access throw (like a blocked storage);
 * `failWritesWith` only writes (like a full one).
 */
export class MemoryStorage implements KeyValueStorage {
  readonly data = new Map<string, string>();
  failWith: Error | null = null;
  failWritesWith: Error | null = null;

  getItem(key: string): string | null {
    if (this.failWith) throw this.failWith;
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWith) throw this.failWith;
    if (this.failWritesWith) throw this.failWritesWith;
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    if (this.failWith) throw this.failWith;
    this.data.delete(key);
  }
}

export interface TopicSpec {
  id: string;
  title: Localized;
  section: string;
  /** Plain ids or any-of groups, as in the authoring format. */
  requires?: (string | string[])[];
  recommends?: string[];
  hours?: number;
  optional?: boolean;
  source?: "article" | "extension";
  aliases?: string[];
  summary?: Localized;
}

/**
 * Builds a compiled curriculum from short topic specs, deriving what the compiler would
 * (normalised requires, reverse edges, a topological order, slots and aliases).
 */
export function makeCurriculum(spec: {
  title?: Localized;
  languages?: string[];
  goal?: string;
  sections: { id: string; title: Localized }[];
  topics: TopicSpec[];
}): CompiledCurriculum {
  const languages = spec.languages ?? ["zh", "en"];
  const sectionOrder = new Map(spec.sections.map((s, i) => [s.id, i]));
  const sorted = [...spec.topics].sort(
    (a, b) => (sectionOrder.get(a.section) ?? 0) - (sectionOrder.get(b.section) ?? 0),
  );
  const requires = new Map(
    sorted.map((t) => [t.id, (t.requires ?? []).map((r) => (typeof r === "string" ? [r] : r))]),
  );
  const unlocks = new Map<string, string[]>(sorted.map((t) => [t.id, []]));
  for (const [id, groups] of requires) {
    for (const member of new Set(groups.flat())) unlocks.get(member)?.push(id);
  }
  const topics: CompiledTopic[] = sorted.map((t, index) => ({
    id: t.id,
    slot: index,
    index,
    title: t.title,
    summary: t.summary ?? {},
    bodyLanguages: [languages[0] ?? "zh"],
    section: t.section,
    requires: requires.get(t.id) ?? [],
    recommends: t.recommends ?? [],
    unlocks: unlocks.get(t.id) ?? [],
    hours: t.hours ?? 0,
    optional: t.optional ?? false,
    source: t.source ?? "article",
    aliases: t.aliases ?? [],
  }));
  // Requirements first, ties by curriculum order (fine for the small fixtures used here).
  const order: string[] = [];
  const placed = new Set<string>();
  while (order.length < topics.length) {
    const next = topics.find(
      (t) => !placed.has(t.id) && t.requires.flat().every((r) => placed.has(r)),
    );
    if (!next) throw new Error("fixture curriculum has a cycle");
    placed.add(next.id);
    order.push(next.id);
  }
  const aliases: Record<string, string> = {};
  for (const t of topics) for (const alias of t.aliases) aliases[alias] = t.id;
  return {
    title: spec.title ?? { zh: "测试课程", en: "Test curriculum" },
    languages,
    goal: spec.goal ?? topics.at(-1)?.id ?? "",
    sections: spec.sections,
    topics,
    order,
    aliases,
    slots: Object.fromEntries(topics.map((t) => [t.id, t.slot])),
    slotCount: topics.length,
  };
}

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
  /** Progress to start from: ids (ticked at time 1) or id -> tick time. */
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
      ? Object.fromEntries(options.done.map((id) => [id, 1]))
      : options.done;
    // Seeded through a store of its own, so tests never depend on the stored format.
    const seed = createProgressStore({ key: PROGRESS_KEY, storage, now: () => 1 });
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

/** Renders the whole app shell at `route`. */
export function renderApp(options: RenderAppOptions = {}): RenderAppResult {
  window.location.hash = options.route ?? "#/";
  const { services, storage } = createTestServices(options);
  const user = userEvent.setup();
  const result = render(<AppShell services={services} />);
  return { ...result, user, services, storage };
}

/** Renders one view inside every provider the shell sets up (services, language, toasts...). */
export function renderWithServices(
  ui: ReactElement,
  options: TestServicesOptions = {},
): RenderAppResult {
  const { services, storage } = createTestServices(options);
  const user = userEvent.setup();
  const result = render(<AppProviders services={services}>{ui}</AppProviders>);
  return { ...result, user, services, storage };
}

/**
 * Hydrates `container` (server markup of `tree`) as the app hydrates the prerendered outline,
 * and fails the test if React had to draw any of it again (a recoverable hydration error).
 */
export async function hydrateWithoutErrors(
  container: HTMLElement,
  tree: ReactElement,
): Promise<Root> {
  const errors: unknown[] = [];
  const root = await act(async () =>
    hydrateRoot(container, tree, { onRecoverableError: (error) => errors.push(error) }),
  );
  expect(errors).toEqual([]);
  return root;
}
