import { Suspense } from "react";
import { useCurriculum } from "../app-context";
import { ErrorBoundary } from "../components/error-boundary";
import { Localized } from "../components/localized";
import { useI18n } from "../i18n";
import { lazyWithRetry } from "../lazy-with-retry";
import { href, type Route } from "../router";
import { LanguageSwitch } from "./language-switch";
import { ThemeSwitch } from "./theme-switch";

const NAV_ITEMS = ["outline", "graph", "plan"] as const;

// The share link, export and import controls are a chunk of their own: no page needs them to
// appear.
const ShareControls = lazyWithRetry(() =>
  import("../share/share-controls").then((module) => ({ default: module.ShareControls })),
);

/** Site header: curriculum title, main navigation, language, theme and share controls. */
export function Header({ route }: { route: Route }) {
  const { t } = useI18n();
  const curriculum = useCurriculum();
  // Until the share controls arrive an empty slot of their size holds their place, so the
  // header does not grow.
  const shareSlot = <div className="share-controls-slot" aria-hidden="true" />;
  return (
    <header className="site-header">
      <div className="header-inner">
        <a className="brand" href={href({ name: "outline" })}>
          <Localized value={curriculum.title} />
        </a>
        <nav className="site-nav" aria-label={t.shell.nav.label}>
          <ul>
            {NAV_ITEMS.map((name) => (
              <li key={name}>
                <a href={href({ name })} aria-current={route.name === name ? "page" : undefined}>
                  {t.shell.nav[name]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-controls">
          <LanguageSwitch />
          <ThemeSwitch />
          {/* Offline before they arrived: the slot stays, the rest of the page works. */}
          <ErrorBoundary fallback={() => shareSlot}>
            <Suspense fallback={shareSlot}>
              <ShareControls />
            </Suspense>
          </ErrorBoundary>
        </div>
      </div>
    </header>
  );
}
