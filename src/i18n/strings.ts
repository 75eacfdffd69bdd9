/**
 * The typed UI dictionary: one file per area (src/i18n/areas/*) so each view's owner edits only
 * their own area; `en` is typed from `zh`, so both languages keep one shape.
 *
 * The shell's and outline's strings are bundled with the first load. The other views' strings
 * (view-strings.ts) load with those views: AppShell's lazy routes call loadViewStrings() before
 * a view renders, so `t.topic` and friends are always there when a view reads them.
 */
import type * as graph from "./areas/graph";
import * as outline from "./areas/outline";
import type * as plan from "./areas/plan";
import type * as share from "./areas/share";
import * as shell from "./areas/shell";
import type * as topic from "./areas/topic";

export interface UiStrings {
  readonly shell: typeof shell.zh;
  readonly outline: typeof outline.zh;
  readonly topic: typeof topic.zh;
  readonly plan: typeof plan.zh;
  readonly graph: typeof graph.zh;
  readonly share: typeof share.zh;
}

type ViewArea = "topic" | "plan" | "graph" | "share";
type ViewStrings = Pick<UiStrings, ViewArea>;

/** Languages that have UI strings. Curricula may list others; their UI falls back (see pickUiLang). */
export const UI_LANGS = ["zh", "en"] as const;
export type UiLang = (typeof UI_LANGS)[number];

let loaded: Record<UiLang, ViewStrings> | null = null;
let loading: Promise<void> | null = null;

/** Loads the on-demand views' strings (once); resolves when `t.topic` etc. can be read. */
export function loadViewStrings(): Promise<void> {
  loading ??= import("./view-strings").then((module) => {
    loaded = module.viewStrings;
  });
  return loading;
}

/** Whether the on-demand views' strings are in memory. */
export function viewStringsLoaded(): boolean {
  return loaded !== null;
}

function viewArea<A extends ViewArea>(lang: UiLang, area: A): ViewStrings[A] {
  if (!loaded) {
    throw new Error(
      `UI strings for "${area}" are not loaded yet: await loadViewStrings() before rendering that view`,
    );
  }
  return loaded[lang][area];
}

function makeStrings(lang: UiLang, eager: Pick<UiStrings, "shell" | "outline">): UiStrings {
  return {
    shell: eager.shell,
    outline: eager.outline,
    get topic() {
      return viewArea(lang, "topic");
    },
    get plan() {
      return viewArea(lang, "plan");
    },
    get graph() {
      return viewArea(lang, "graph");
    },
    get share() {
      return viewArea(lang, "share");
    },
  };
}

export const strings: Readonly<Record<UiLang, UiStrings>> = {
  zh: makeStrings("zh", { shell: shell.zh, outline: outline.zh }),
  en: makeStrings("en", { shell: shell.en, outline: outline.en }),
};

/**
 * The UI-string language for any language code: an exact or regional match ("zh-TW" -> zh),
 * else English as the most widely read fallback.
 */
export function pickUiLang(lang: string): UiLang {
  const base = lang.toLowerCase().split("-")[0];
  return UI_LANGS.find((l) => l === base) ?? "en";
}
