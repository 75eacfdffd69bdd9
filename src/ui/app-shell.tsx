/**
 * The app shell: providers, header, notices, the route's view and footer. Rendered by main.tsx
 * with the real services and by component tests with fixture services.
 */
import { lazy, type ReactNode, Suspense, useRef } from "react";
import { type AppServices, ServicesContext, useProgress } from "./app-context";
import { ErrorBoundary } from "./components/error-boundary";
import { FeedbackHost } from "./feedback/feedback-host";
import { I18nProvider, useI18n } from "./i18n";
import { Footer } from "./layout/footer";
import { Header } from "./layout/header";
import {
  useCrossTabSync,
  useDocumentTitleAndLang,
  useFocusAfterNavigating,
  useThemeAttribute,
} from "./layout/shell-effects";
import { MAIN_ID, SkipLink } from "./layout/skip-link";
import { LoadError } from "./layout/load-error";
import { RouteView } from "./route-view";
import { FramedNotice } from "./safety/framed-notice";
import { useRoute } from "./router";

// Notices that no first page shows: each loads when it has something to say. The update notice
// registers the service worker only after the page has settled, so its code can come later too.
const StorageNotice = lazy(() =>
  import("./layout/storage-notice").then((module) => ({ default: module.StorageNotice })),
);
const UpdateNotice = lazy(() =>
  import("./layout/update-notice").then((module) => ({ default: module.UpdateNotice })),
);

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
  // Differs for every page, another topic or share code included.
  const routeKey = JSON.stringify(route);
  const { lang, uiLang } = useI18n();
  const mainRef = useRef<HTMLElement>(null);
  useDocumentTitleAndLang(route);
  useThemeAttribute();
  useCrossTabSync();
  useFocusAfterNavigating(routeKey, mainRef);
  const storageIssue = useProgress((state) => state.storageIssue);

  return (
    // When the reading language has no UI strings (say "fr"), the shell's text is in uiLang.
    <div className="app" lang={uiLang === lang ? undefined : uiLang}>
      <SkipLink />
      <Header route={route} />
      <FramedNotice />
      {/* A notice that fails to load leaves the page as it is: both are extras. */}
      <ErrorBoundary fallback={() => null}>
        <Suspense fallback={null}>
          {storageIssue !== null && <StorageNotice />}
          {import.meta.env.PROD && <UpdateNotice />}
        </Suspense>
      </ErrorBoundary>
      <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className="page">
        <ErrorBoundary
          key={routeKey}
          fallback={(error, retry) => <LoadError error={error} retry={retry} />}
        >
          <Suspense fallback={<div className="page-loading" aria-busy="true" />}>
            <RouteView route={route} />
          </Suspense>
        </ErrorBoundary>
      </main>
      <Footer />
    </div>
  );
}
