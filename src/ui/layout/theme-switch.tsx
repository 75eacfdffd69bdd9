import { useId } from "react";
import { THEMES, type Theme } from "../../progress/preferences-store";
import { usePreferences, useServices } from "../app-context";
import { useI18n } from "../i18n";

/** Light, dark, or following the system; remembered in the preferences store. */
export function ThemeSwitch() {
  const { t } = useI18n();
  const { preferences } = useServices();
  const theme = usePreferences((state) => state.theme);
  const id = useId();
  return (
    <div className="control">
      <label htmlFor={id}>{t.shell.theme.label}</label>
      <select
        id={id}
        value={theme}
        onChange={(event) => preferences.getState().setTheme(event.currentTarget.value as Theme)}
      >
        {THEMES.map((option) => (
          <option key={option} value={option}>
            {t.shell.theme[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
