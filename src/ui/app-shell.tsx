/**
 * The app shell: providers, header, the route switch (lazy views) and footer. Rendered by
 * `App` with the real services and by component tests with fixture services.
 */
import { type ReactNode, Suspense, useEffect, useRef } from "react";
import {
  type AppServices,
  ServicesProvider,
  useGraph,
  usePreferences,
  useServices,
} from "./app-context";
import { type DeferredParts, useDeferred } from "./components/deferred";
import { ErrorBoundary } from "./components/error-boundary";
import { lazyView } from "./components/lazy-view";
import { LiveAnnouncer } from "./components/live-announcer";
import { Toasts } from "./components/toasts";
import { I18nProvider, useI18n } from "./i18n";
import { Footer } from "./layout/footer";
import { Header } from "./layout/header";
import { NotFound } from "./layout/not-found";
import { MAIN_ID, SkipLink } from "./layout/skip-link";
import { OutlinePage } from "./outline/outline-page";
import { href, type Route, useRoute } from "./router";

// Each view is its own chunk so the first load carries only the shell and the outline.
const TopicPage = lazyView(() => import("./topic/topic-page"));
const PlanPage = lazyView(() => import("./plan/plan-page"));
const GraphPage = lazyView(() => import("./graph/graph-page"));
const SharePage = lazyView(() => import("./share/share-page"));

/** Every context a view needs: services, language, live region, toasts. */
export function AppProviders({
  services,
  children,
}: {
  services: AppServices;
  children: ReactNode;
}) {
  return (
    <ServicesProvider services={services}>
      <I18nProvider>
        <LiveAnnouncer>
          <Toasts>{children}</Toasts>
        </LiveAnnouncer>
      </I18nProvider>
    </ServicesProvider>
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
  // Notices and cross-tab merging come with the deferred chunk, right after the first paint.
  const deferred = useDeferred();
  useCrossTabSync(deferred);
  const routeKey = href(route) + (route.name === "not-found" ? `:${route.id ?? ""}` : "");
  useDocumentTitle(route);
  useThemeAttribute();
  const { lang, uiLang } = useI18n();
  const mainRef = useRef<HTMLElement>(null);
  const firstRoute = useRef(true);

  // After navigating, start reading at the new page, as a full page load would.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on route change only.
  useEffect(() => {
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [routeKey]);

  return (
    // When the reading language has no UI strings (say "fr"), the shell's text is in uiLang.
    <div className="app" lang={uiLang === lang ? undefined : uiLang}>
      <SkipLink />
      <Header route={route} />
      {deferred && <deferred.StorageNotice />}
      {deferred && <deferred.UpdateNotice />}
      <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className="page">
        <ErrorBoundary key={routeKey} fallback={(retry) => <LoadError retry={retry} />}>
          <Suspense fallback={<div className="page-loading" aria-busy="true" />}>
            <RouteView route={route} />
          </Suspense>
        </ErrorBoundary>
      </main>
      <Footer />
    </div>
  );
}

function RouteView({ route }: { route: Route }) {
  switch (route.name) {
    case "outline":
      return <OutlinePage />;
    case "graph":
      return <GraphPage />;
    case "plan":
      return <PlanPage />;
    case "topic":
      return <TopicPage key={route.id} id={route.id} />;
    case "share":
      return <SharePage key={route.code} code={route.code} />;
    case "not-found":
      return <NotFound id={route.id} />;
  }
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

/** "Outline · <curriculum title>", "<topic title> · <curriculum title>", and so on. */
function useDocumentTitle(route: Route) {
  const { t, localize } = useI18n();
  const graph = useGraph();
  const site = localize(graph.curriculum.title).text;
  let page: string;
  if (route.name === "topic") {
    const topic = graph.topic(route.id);
    page = topic ? localize(topic.title).text : route.id;
  } else if (route.name === "not-found") {
    page = t.shell.pageTitle.notFound;
  } else {
    page = t.shell.pageTitle[route.name];
  }
  const title = `${page} · ${site}`;
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/** Merges progress written by other tabs of the same site into this one, as it happens. */
function useCrossTabSync(deferred: DeferredParts | undefined) {
  const { progress, progressKey } = useServices();
  useEffect(() => {
    if (progressKey === undefined || !deferred) return;
    return deferred.connectCrossTabWithCatchUp(progress, progressKey, window);
  }, [deferred, progress, progressKey]);
}

/** Mirrors the theme preference on <html data-theme>; "system" leaves it to the media query. */
function useThemeAttribute() {
  const theme = usePreferences((state) => state.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === "system") delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}
