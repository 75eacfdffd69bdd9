/**
 * Language handling: which language the learner reads in, the typed UI strings for it, and
 * topic text in it with a visible fallback to the curriculum's primary language.
 */
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from "react";
import type { CompiledCurriculum, Lang, Localized } from "../curriculum/types";
import { pickUiLang, type UiLang, type UiStrings } from "../i18n/strings";
import { initialLang } from "../i18n/languages";
import { provided, useCurriculum, usePreferences, useServices } from "./app-context";

export { initialLang };

export interface LocalizedText {
  readonly text: string;
  /** The language `text` is actually in. */
  readonly lang: Lang;
  /** True when `text` is not in the reading language (the UI marks it). */
  readonly fallback: boolean;
}

export interface I18n {
  /** The reading language: `<html lang>`, topic text, and (when it has them) UI strings. */
  readonly lang: Lang;
  /** The language of the UI strings in `t` (zh or en). */
  readonly uiLang: UiLang;
  readonly setLang: (lang: Lang) => void;
  readonly t: UiStrings;
  /** Languages the Language control offers: the curriculum's, plus the current one if missing. */
  readonly languages: readonly Lang[];
  readonly localize: (value: Localized) => LocalizedText;
}

const I18nContext = createContext<I18n | null>(null);

/** Picks text in `lang`, else the primary language, else any language present. */
export function localizeIn(value: Localized, lang: Lang, primary: Lang | undefined): LocalizedText {
  const own = value[lang];
  if (own) return { text: own, lang, fallback: false };
  if (primary !== undefined) {
    const main = value[primary];
    if (main) return { text: main, lang: primary, fallback: primary !== lang };
  }
  for (const [other, text] of Object.entries(value)) {
    if (text) return { text, lang: other, fallback: other !== lang };
  }
  return { text: "", lang, fallback: false };
}

/** The browser's preferred languages, best first. */
export function browserLanguages(): readonly string[] {
  if (typeof navigator === "undefined") return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/** The reading language: the learner's choice, else the first pick for this browser. */
export function readingLang(curriculum: CompiledCurriculum, chosen: Lang | null): Lang {
  return chosen ?? initialLang(curriculum, browserLanguages());
}

/**
 * The reading language to show and its UI strings: `wanted` once its strings are in memory;
 * until then the language shown before, so a switch never renders with a missing dictionary
 * (it costs one small request, once).
 */
function useLoadedLang(wanted: Lang): { readonly lang: Lang; readonly t: UiStrings } {
  const services = useServices();
  const [dictionaries, setDictionaries] = useState(services.strings);
  const [shown, setShown] = useState(wanted);
  const wantedUi = pickUiLang(wanted);
  const ready = dictionaries[wantedUi] !== undefined;
  // Remember the language last shown with its strings (React's "adjust state while rendering").
  if (ready && shown !== wanted) setShown(wanted);
  const { loadStrings } = services;
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadStrings(wantedUi).then(
      (strings) => live && setDictionaries((loaded) => ({ ...loaded, [wantedUi]: strings })),
      (error: unknown) => console.error(error),
    );
    return () => {
      live = false;
    };
  }, [wantedUi, ready, loadStrings]);
  const lang = ready ? wanted : shown;
  const t = dictionaries[pickUiLang(lang)];
  if (!t) throw new Error(`The UI strings for "${lang}" must be loaded before the first render`);
  return { lang, t };
}

/** Provides the language and its UI strings; the first language's strings must be loaded. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const curriculum = useCurriculum();
  const { preferences } = useServices();
  const chosen = usePreferences((state) => state.lang);
  const wanted = useMemo(() => readingLang(curriculum, chosen), [chosen, curriculum]);
  const { lang, t } = useLoadedLang(wanted);

  const value = useMemo<I18n>(() => {
    const primary = curriculum.languages[0];
    const languages = curriculum.languages.includes(lang)
      ? curriculum.languages
      : [...curriculum.languages, lang];
    return {
      lang,
      uiLang: pickUiLang(lang),
      setLang: (next) => preferences.getState().setLang(next),
      t,
      languages,
      localize: (localized) => localizeIn(localized, lang, primary),
    };
  }, [lang, t, curriculum, preferences]);

  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  return provided(useContext(I18nContext), "I18nProvider");
}

// The UI languages' names are known; others are looked up once: building an Intl.DisplayNames
// loads locale data, a task long enough to hold up the learner's input.
const languageNames = new Map<Lang, string>([
  ["zh", "中文"],
  ["en", "English"],
]);

/** A language's name in that language ("中文", "English"), for menus and fallback tags. */
export function languageName(code: Lang): string {
  let name = languageNames.get(code);
  if (name === undefined) {
    name = code;
    try {
      const found = new Intl.DisplayNames([code], { type: "language" }).of(code);
      if (found && found !== code) name = found.charAt(0).toLocaleUpperCase(code) + found.slice(1);
    } catch {
      // An invalid or unknown code: show the code itself.
    }
    languageNames.set(code, name);
  }
  return name;
}
