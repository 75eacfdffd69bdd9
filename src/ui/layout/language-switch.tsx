import { useId } from "react";
import { languageName, useI18n } from "../i18n";

/** The "Language" / "语言" control: switches the reading language and remembers it. */
export function LanguageSwitch() {
  const { lang, languages, setLang, t } = useI18n();
  const id = useId();
  return (
    <div className="control">
      <label htmlFor={id}>{t.shell.language}</label>
      <select id={id} value={lang} onChange={(event) => setLang(event.currentTarget.value)}>
        {languages.map((code) => (
          <option key={code} value={code} lang={code}>
            {languageName(code)}
          </option>
        ))}
      </select>
    </div>
  );
}
