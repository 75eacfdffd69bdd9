/**
 * The header's "Menu" button: a disclosure holding the rarely used controls (language, theme,
 * file export and import, and Share on narrow screens). Enter or Space opens it, Tab walks
 * through it; it closes as every disclosure here does (use-disclosure.ts).
 */
import type { ReactNode } from "react";
import { useI18n } from "../i18n";
import { useDisclosure } from "../use-disclosure";

export function HeaderMenu({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { open, setOpen, panelId, wrapperProps, buttonProps } = useDisclosure();
  return (
    <div className="header-menu" {...wrapperProps}>
      <button
        {...buttonProps}
        className="header-menu-button"
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        <span className="header-menu-icon" aria-hidden="true">
          ☰
        </span>
        {t.shell.menu}
      </button>
      <div id={panelId} className="header-menu-panel" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
