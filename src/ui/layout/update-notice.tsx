import { useEffect, useState } from "react";
import { useAnnounce } from "../components/live-announcer";
import { useI18n } from "../i18n";

/**
 * Registers the service worker (production builds only, after the first render so it never
 * delays the first paint) and, when a new deploy is waiting, offers to reload — never reloads
 * by itself, so a learner is not interrupted and the app is never silently stale.
 */
export function UpdateNotice() {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [update, setUpdate] = useState<(() => Promise<void>) | null>(null);

  useEffect(() => {
    if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
    let cancelled = false;
    import("virtual:pwa-register")
      .then(({ registerSW }) => {
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
