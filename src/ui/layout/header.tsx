import { Suspense } from "react";
import { useCurriculum } from "../app-context";
import type { DeferredParts } from "../components/deferred";
import { Localized } from "../components/localized";
import { useI18n } from "../i18n";
import { href, type Route } from "../router";
import { LanguageSwitch } from "./language-switch";
import { ThemeSwitch } from "./theme-switch";

const NAV_ITEMS = ["outline", "graph", "plan"] as const;

/** Site header: curriculum title, main navigation, language, theme and share controls. */
export function Header({
  route,
  deferred,
}: {
  route: Route;
  /** The deferred chunk, once loaded (see components/deferred.ts). */
  deferred: DeferredParts | undefined;
}) {
  const { t } = useI18n();
  const curriculum = useCurriculum();
  // The share controls (link codec, export and import) come with the deferred chunk, after the
  // first render: they are not part of the outline prerendered at build time, so the page the
  // browser takes over matches it exactly. Until they arrive an empty slot of their size holds
  // their place, so the header does not grow.
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
          {deferred ? (
            <Suspense fallback={shareSlot}>
              <deferred.ShareControls />
            </Suspense>
          ) : (
            shareSlot
          )}
        </div>
      </div>
    </header>
  );
}
