import { useEffect, useState } from "react";
import { useAnnounce } from "../feedback/announce";
import { useI18n } from "../i18n";

/**
 * How long after the page's `load` event the service worker is registered. Installing it
 * downloads and caches the whole site (every view and topic body); started any earlier, that
 * competes with the view the learner opened, which may still be fetching its own chunks and
 * text after `load`, and with its first layout.
 */
const REGISTER_AFTER_LOAD_MS = 3000;

/** Resolves REGISTER_AFTER_LOAD_MS after the page has loaded. */
function pageSettled(): Promise<void> {
  return new Promise((resolve) => {
    const wait = () => setTimeout(resolve, REGISTER_AFTER_LOAD_MS);
    if (document.readyState === "complete") wait();
    else window.addEventListener("load", wait, { once: true });
  });
}

/**
 * Registers the service worker (production builds only, once the page has settled: see
 * REGISTER_AFTER_LOAD_MS) and, when a new deploy is waiting, offers to reload — never reloads
 * by itself, so a learner is not interrupted and the app is never silently stale.
 */
export function UpdateNotice() {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [update, setUpdate] = useState<(() => Promise<void>) | null>(null);

  useEffect(() => {
    if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
    let cancelled = false;
    pageSettled()
      .then(() => import("virtual:pwa-register"))
      .then(({ registerSW }) => {
        if (cancelled) return;
        const updateSW = registerSW({
          onNeedRefresh() {
            if (!cancelled) setUpdate(() => () => updateSW(true));
          },
        });
      })
      .catch(() => {
        // No service worker: the site still works online; offline use is simply unavailable.
      });
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    if (update) announce(t.feedback.update.message);
  }, [update, announce, t]);

  if (!update) return null;
  return (
    <aside className="notice update-notice" aria-label={t.feedback.update.label}>
      <p>{t.feedback.update.message}</p>
      <button type="button" onClick={() => void update()}>
        {t.feedback.update.reload}
      </button>
      <button type="button" onClick={() => setUpdate(null)}>
        {t.feedback.update.later}
      </button>
    </aside>
  );
}
