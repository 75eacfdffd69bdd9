/**
 * The services every view needs, injected through one React context so component tests can
 * render the app with a fixture curriculum and in-memory storage (see tests/component/render-app).
 */
import { createContext, useContext } from "react";
import { useStore } from "zustand";
import type { ExtractState } from "zustand/vanilla";
import type { CompiledCurriculum, GraphLayout, Lang, TopicBody } from "../curriculum/types";
import { computeStates, type Graph, resolveDone, type StatusMap } from "../graph";
import type { UiLang, UiStrings } from "../i18n/strings";
import type { createPreferencesStore, createProgressStore } from "../progress/store";
import type { ViewLoaders } from "./route-view";

export type ProgressStore = ReturnType<typeof createProgressStore>;
export type PreferencesStore = ReturnType<typeof createPreferencesStore>;
export type ProgressState = ExtractState<ProgressStore>;
export type PreferencesState = ExtractState<PreferencesStore>;

export interface AppServices {
  readonly curriculum: CompiledCurriculum;
  /** Built once from `curriculum` with the engine's `createGraph`. */
  readonly graph: Graph;
  readonly progress: ProgressStore;
  readonly preferences: PreferencesStore;
  /** A topic's body and resources, loaded on demand (undefined for an unknown id). */
  readonly loadTopicBody: (id: string, lang: Lang) => Promise<TopicBody | undefined>;
  /**
   * A body `loadTopicBody` has already brought, if any, read synchronously: a topic page opened
   * directly then shows whole in its first render. Optional: without it, pages load as usual.
   */
  readonly peekTopicBody?: (
    id: string,
    lang: Lang,
  ) => { readonly body: TopicBody | undefined } | undefined;
  /** The build-time graph layout, loaded on demand by the graph view. */
  readonly loadLayout: () => Promise<GraphLayout>;
  /** Each route's view code, loaded when first shown (see route-view.tsx). */
  readonly views: ViewLoaders;
  /** UI strings already in memory: at least those of the first language rendered. */
  readonly strings: Readonly<Partial<Record<UiLang, UiStrings>>>;
  /** Loads another language's UI strings (when the learner switches to it). */
  readonly loadStrings: (lang: UiLang) => Promise<UiStrings>;
  /**
   * The progress store's storage key. When set, the shell listens for other tabs' writes to it
   * (`storage` events on window) and merges them, so their ticks appear without a reload.
   */
  readonly progressKey?: string;
  /** The one clock for time-dependent views (reviews due), epoch ms; tests move it. */
  readonly now: () => number;
}

/** Provides the services: `<ServicesContext value={services}>` (a context is its own provider). */
export const ServicesContext = createContext<AppServices | null>(null);

/**
 * The value of a context that has no default: a missing provider is a bug in the app, so it
 * throws, naming the provider (one message for every such hook).
 */
export function provided<T>(value: T | null, provider: string): T {
  if (value === null) throw new Error(`No <${provider}> above this component`);
  return value;
}

export function useServices(): AppServices {
  return provided(useContext(ServicesContext), "ServicesContext");
}

export function useCurriculum(): CompiledCurriculum {
  return useServices().curriculum;
}

export function useGraph(): Graph {
  return useServices().graph;
}

/** Reads the learner's progress store with a selector (re-renders only when the slice changes). */
export function useProgress<T>(selector: (state: ProgressState) => T): T {
  return useStore(useServices().progress, selector);
}

/** Reads the preferences store (language, theme) with a selector. */
export function usePreferences<T>(selector: (state: PreferencesState) => T): T {
  return useStore(useServices().preferences, selector);
}

// One cache per graph, keyed by object identity: stored done records map to their done sets,
// and done sets to their states (the two kinds of key never meet). So one change of the done
// record resolves the done set once and computes the states once, however many views read them.
const caches = new WeakMap<Graph, WeakMap<object, unknown>>();

function cached<V>(graph: Graph, key: object, make: () => V): V {
  let cache = caches.get(graph);
  if (!cache) {
    cache = new WeakMap();
    caches.set(graph, cache);
  }
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as V;
}

/**
 * The canonical done set for a stored done record (aliases mapped, unknown ids dropped).
 * Returns the same Set object for the same record, so it can key memoisation.
 */
export function doneSetFor(
  graph: Graph,
  done: Readonly<Record<string, number>>,
): ReadonlySet<string> {
  return cached(graph, done, () => resolveDone(graph, Object.keys(done)));
}

/** Topic states for a done set, computed once per distinct set object. */
export function statesFor(graph: Graph, done: ReadonlySet<string>): StatusMap {
  return cached(graph, done, () => computeStates(graph, done));
}

/**
 * Records states already computed (e.g. incrementally after a tick) for a done set, unless
 * views already have states for it: they keep the object they memoised on.
 */
export function primeStates(graph: Graph, done: ReadonlySet<string>, states: StatusMap): void {
  cached(graph, done, () => states);
}

/** The learner's own done topics as canonical ids; the same Set until progress changes. */
export function useDoneIds(): ReadonlySet<string> {
  const graph = useGraph();
  const done = useProgress((state) => state.done);
  return doneSetFor(graph, done);
}

/**
 * Every topic's state for `done` (default: the learner's own progress), memoised per done set.
 * Pass a stable Set (e.g. from useMemo) for read-only views such as a shared link.
 */
export function useTopicStates(done?: ReadonlySet<string>): StatusMap {
  const graph = useGraph();
  const own = useDoneIds();
  return statesFor(graph, done ?? own);
}
