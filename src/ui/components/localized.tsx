import type { Localized as LocalizedValue } from "../../curriculum/types";
import { languageName, useI18n } from "../i18n";

/**
 * Curriculum text in the reading language; when it is missing, the primary language's text
 * with `lang` set and a small visible tag naming that language.
 */
export function Localized({ value }: { value: LocalizedValue }) {
  const { localize } = useI18n();
  const { text, lang, fallback } = localize(value);
  if (!fallback) return <>{text}</>;
  return (
    <>
      <span lang={lang}>{text}</span>{" "}
      <span className="fallback-tag" lang={lang}>
        {languageName(lang)}
      </span>
    </>
  );
}
