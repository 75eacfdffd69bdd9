import { Suspense } from "react";
import { useCurriculum } from "../app-context";
import { ErrorBoundary } from "../components/error-boundary";
import { useI18n } from "../i18n";
import { lazyWithRetry } from "../lazy-with-retry";
import { href, type Route } from "../router";
import { ReviewLink } from "../review/review-link";
import { HeaderMenu } from "./header-menu";
import { LanguageSwitch } from "./language-switch";
import { ThemeSwitch } from "./theme-switch";
import { useMediaQuery } from "./use-media-query";

const NAV_ITEMS = ["outline", "graph", "plan"] as const;

/** From this width on Share has room beside the menu; below it, it moves into the menu. */
const SHARE_BESIDE_MENU = "(min-width: 60rem)";

// The share link, export and import controls are chunks of their own: no page needs them to
// appear.
const ShareControls = lazyWithRetry(() =>
  import("../share/share-controls").then((module) => ({ default: module.ShareControls })),
);
const FileActions = lazyWithRetry(() =>
  import("../share/file-actions").then((module) => ({ default: module.FileActions })),
);

/**
 * Site header: the curriculum's title, the views, Share (on wide screens) and a menu with the
 * rarely used controls, so that on a phone it stays two short lines.
 */
export function Header({ route }: { route: Route }) {
  const { t } = useI18n();
  const shareBeside = useMediaQuery(SHARE_BESIDE_MENU, true);
  return (
    <header className="site-header">
      <div className="header-inner">
        <a className="brand" href={href({ name: "outline" })}>
          <BrandTitle />
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
            <li>
              <ReviewLink current={route.name === "review"} />
            </li>
          </ul>
        </nav>
        <div className="header-controls">
          {shareBeside && <ShareSlot withPlaceholder />}
          <HeaderMenu>
            <LanguageSwitch />
            <ThemeSwitch />
            {!shareBeside && <ShareSlot withPlaceholder={false} />}
            {/* Offline before they arrived: the rest of the menu and the page still work. */}
            <ErrorBoundary fallback={() => null}>
              <Suspense fallback={null}>
                <FileActions />
              </Suspense>
            </ErrorBoundary>
          </HeaderMenu>
        </div>
      </div>
    </header>
  );
}

/**
 * The Share control once its chunk has arrived. Beside the menu an empty slot of its size holds
 * its place until then, so the header does not shift.
 */
function ShareSlot({ withPlaceholder }: { withPlaceholder: boolean }) {
  const slot = withPlaceholder ? <div className="share-controls-slot" aria-hidden="true" /> : null;
  return (
    <ErrorBoundary fallback={() => slot}>
      <Suspense fallback={slot}>
        <ShareControls />
      </Suspense>
    </ErrorBoundary>
  );
}

/**
 * The title, with the part after its first colon ("Jiewang: a path into LLMs") dropped on narrow
 * screens by CSS: the short title is what fits a phone's header.
 */
function BrandTitle() {
  const curriculum = useCurriculum();
  const { localize, uiLang } = useI18n();
  const { text, lang } = localize(curriculum.title);
  const cut = text.search(/[:：]/);
  const short = cut > 0 ? text.slice(0, cut) : text;
  const rest = cut > 0 ? text.slice(cut) : "";
  return (
    <span lang={uiLang === lang ? undefined : lang}>
      {short}
      {rest && <span className="brand-rest">{rest}</span>}
    </span>
  );
}
