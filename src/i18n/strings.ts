/**
 * The typed UI dictionary: one file per area (src/i18n/areas/*), combined here so each view's
 * owner edits only their own area. `en` is typed from `zh`, so both languages keep one shape.
 */
import * as graph from "./areas/graph";
import * as outline from "./areas/outline";
import * as plan from "./areas/plan";
import * as share from "./areas/share";
import * as shell from "./areas/shell";
import * as topic from "./areas/topic";

const zh = {
  shell: shell.zh,
  outline: outline.zh,
  topic: topic.zh,
  plan: plan.zh,
  graph: graph.zh,
  share: share.zh,
};

export type UiStrings = typeof zh;

const en: UiStrings = {
  shell: shell.en,
  outline: outline.en,
  topic: topic.en,
  plan: plan.en,
  graph: graph.en,
  share: share.en,
};

/** Languages that have UI strings. Curricula may list others; their UI falls back (see pickUiLang). */
export const UI_LANGS = ["zh", "en"] as const;
export type UiLang = (typeof UI_LANGS)[number];

export const strings: Readonly<Record<UiLang, UiStrings>> = { zh, en };

/**
 * The UI-string language for any language code: an exact or regional match ("zh-TW" -> zh),
 * else English as the most widely read fallback.
 */
export function pickUiLang(lang: string): UiLang {
  const base = lang.toLowerCase().split("-")[0];
  return UI_LANGS.find((l) => l === base) ?? "en";
}
