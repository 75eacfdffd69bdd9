/**
 * The app shell: providers, header, the route switch (lazy views) and footer. Rendered by
 * `App` with the real services and by component tests with fixture services.
 */
import { memo, type ReactNode, Suspense, use, useRef } from "react";
import { type AppServices, ServicesContext } from "./app-context";
import { type DeferredParts, loadDeferred, useDeferred } from "./components/deferred";
import { ErrorBoundary } from "./components/error-boundary";
import { FeedbackHost } from "./components/feedback-host";
import { I18nProvider, useI18n } from "./i18n";
import { Footer } from "./layout/footer";
import { Header } from "./layout/header";
import { MAIN_ID, SkipLink } from "./layout/skip-link";
import { OutlinePage } from "./outline/outline-page";
import { type Route, useRoute } from "./router";

// The shell re-renders when the deferred chunk arrives; the outline has no reason to.
const Outline = memo(OutlinePage);

/** Every context a view needs: services, language, and where feedback goes (live region, toasts). */
export function AppProviders({
  services,
  children,
}: {
  services: AppServices;
  children: ReactNode;
}) {
  return (
    <ServicesContext value={services}>
      <I18nProvider>
        <FeedbackHost>{children}</FeedbackHost>
      </I18nProvider>
    </ServicesContext>
  );
}

export function AppShell({ services }: { services: AppServices }) {
  return (
    <AppProviders services={services}>
      <Shell />
    </AppProviders>
  );
}

function Shell() {
  const route = useRoute();
  // The notices, the document title, the theme attribute, focus after navigating and
  // cross-tab merging come with the deferred chunk, right after the first paint (see
  // ShellExtras); the boot script has set the stored theme before the first paint.
  const deferred = useDeferred();
  // Differs for every page, another topic or share code included.
  const routeKey = JSON.stringify(route);
  const { lang, uiLang } = useI18n();
  const mainRef = useRef<HTMLElement>(null);

  return (
    // When the reading language has no UI strings (say "fr"), the shell's text is in uiLang.
    <div className="app" lang={uiLang === lang ? undefined : uiLang}>
      <SkipLink />
      <Header route={route} deferred={deferred} />
      {deferred && <deferred.ShellExtras route={route} routeKey={routeKey} main={mainRef} />}
      <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className="page">
        <ErrorBoundary key={routeKey} fallback={(retry) => <LoadError retry={retry} />}>
          <Suspense fallback={<div className="page-loading" aria-busy="true" />}>
            {route.name === "outline" ? (
              <Outline />
            ) : (
              <LaterView route={route} deferred={deferred} />
            )}
          </Suspense>
        </ErrorBoundary>
      </main>
      <Footer />
    </div>
  );
}

/**
 * Any view but the outline: they come, with their loaders, in the deferred chunk
 * (later-views.tsx). Until it is in memory this suspends on it; a failed load reaches the
 * error boundary, whose retry renders this again and so loads it anew.
 */
function LaterView({
  route,
  deferred,
}: {
  route: Exclude<Route, { name: "outline" }>;
  deferred: DeferredParts | undefined;
}) {
  const parts = deferred ?? use(loadDeferred());
  return <parts.LaterView route={route} />;
}

function LoadError({ retry }: { retry: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="notice">
      <p>{t.shell.loadError.message}</p>
      <button type="button" onClick={retry}>
        {t.shell.loadError.retry}
      </button>
    </div>
  );
}
