import { useI18n } from "../i18n";

export const MAIN_ID = "main";

/**
 * First focusable element: jumps to the main content. Handled in script because routes live
 * in the hash, so a plain `#main` link would change the page.
 */
export function SkipLink() {
  const { t } = useI18n();
  return (
    <a
      className="skip-link"
      href={`#${MAIN_ID}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(MAIN_ID)?.focus();
      }}
    >
      {t.shell.skipToContent}
    </a>
  );
}
