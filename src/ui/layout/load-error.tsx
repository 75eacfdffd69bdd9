import { useI18n } from "../i18n";
import { retryFailedLoads } from "../lazy-with-retry";

/** In place of a view that failed to load or render: says so, and offers to try again. */
export function LoadError({ retry }: { error: unknown; retry: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="notice">
      <p>{t.shell.loadError.message}</p>
      <button
        type="button"
        onClick={() => {
          retryFailedLoads();
          retry();
        }}
      >
        {t.shell.loadError.retry}
      </button>
    </div>
  );
}
