import type { Localized as LocalizedValue } from "../../curriculum/types";
import { languageName, useI18n } from "../i18n";

/**
 * Curriculum text in the reading language; when it is missing, the primary language's text
 * with `lang` set and a small visible tag naming that language.
 */
export function Localized({ value }: { value: LocalizedValue }) {
  const { localize, uiLang } = useI18n();
  const { text, lang, fallback } = localize(value);
  // The shell is marked with the UI-strings language when the reading language has no UI
  // strings (see AppShell), so curriculum text then needs its own lang.
  if (!fallback) return uiLang === lang ? text : <span lang={lang}>{text}</span>;
  return (
    <>
      <span lang={lang}>{text}</span>{" "}
      <span className="fallback-tag" lang={lang}>
        {languageName(lang)}
      </span>
    </>
  );
}
