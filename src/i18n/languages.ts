/** Which languages have UI strings and which one a learner reads in first. */

/** Languages that have UI strings. Curricula may list others; their UI falls back (see pickUiLang). */
export const UI_LANGS = ["zh", "en"] as const;
export type UiLang = (typeof UI_LANGS)[number];

/** A language code's base language, lowercased: "zh-TW" -> "zh". */
function baseOf(lang: string): string {
  return lang.toLowerCase().split("-")[0] ?? "";
}

/** The UI-string language of the same base language ("zh-TW" -> zh), or undefined for none. */
export function ownUiLang(lang: string): UiLang | undefined {
  return UI_LANGS.find((l) => l === baseOf(lang));
}

/** The UI-string language for a reading language: its own, else English. */
export function pickUiLang(lang: string): UiLang {
  return ownUiLang(lang) ?? "en";
}

/**
 * The first choice when the learner has not picked a language: the first browser language the
 * curriculum offers (exact, then by base language), else one with UI strings, else the primary.
 */
export function initialLang(
  curriculum: { readonly languages: readonly string[] },
  browserLangs: readonly string[],
): string {
  const offered = curriculum.languages;
  for (const wanted of browserLangs) {
    const exact = offered.find((l) => l.toLowerCase() === wanted.toLowerCase());
    if (exact) return exact;
    const sameBase = offered.find((l) => baseOf(l) === baseOf(wanted));
    if (sameBase) return sameBase;
  }
  for (const wanted of browserLangs) {
    const ui = ownUiLang(wanted);
    if (ui) return ui;
  }
  return offered[0] ?? "zh";
}
