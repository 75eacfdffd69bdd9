/**
 * The typed UI strings: one dictionary per language (strings-zh.ts, strings-en.ts), loaded
 * whole, and only the language the learner reads in. English has the Chinese dictionary's
 * shape, so both keep every key.
 */
import type { zh } from "./strings-zh";
import type { UiLang } from "./languages";

export type UiStrings = typeof zh;

export { formatHours } from "./format";
export { ownUiLang, pickUiLang, UI_LANGS, type UiLang } from "./languages";

const loading: Partial<Record<UiLang, Promise<UiStrings>>> = {};

// One import per language, so each dictionary is a chunk of its own.
const importers: Record<UiLang, () => Promise<UiStrings>> = {
  zh: () => import("./strings-zh").then((module) => module.zh),
  en: () => import("./strings-en").then((module) => module.en),
};

/** Loads `lang`'s dictionary once (again after a failure, e.g. offline). */
export function loadStrings(lang: UiLang): Promise<UiStrings> {
  loading[lang] ??= importers[lang]().catch((error: unknown) => {
    delete loading[lang];
    throw error;
  });
  return loading[lang];
}
