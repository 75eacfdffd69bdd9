import { DEFAULT_HOURS_PER_WEEK } from "../../progress/progress-state";
import { useServices } from "../app-context";
import { useI18n } from "../i18n";
import { retryFailedLoads } from "../lazy-with-retry";
import { NewVersionNotice } from "../safety/new-version-notice";
import { useStaleBuild } from "../safety/stale-build";

/**
 * True for an error of fetching code or data (offline, a dropped connection, a file gone after
 * a redeploy), as browsers word it; not for an error in the app's own code.
 */
export function isNetworkError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === "ChunkLoadError" || error.name === "NetworkError") return true;
  return (
    error instanceof TypeError &&
    /dynamically imported module|importing a module script|failed to fetch|networkerror|load failed/i.test(
      error.message,
    )
  );
}

/**
 * In place of a view that failed to load or render: says which, and offers to try again. A view
 * that failed to render may be broken by a setting it shows itself, so the way out here does not
 * depend on it: resetting the plan's settings (goal and pace).
 */
export function LoadError({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = useI18n();
  const { progress } = useServices();
  const words = t.shell.loadError;
  const network = isNetworkError(error);
  const stale = useStaleBuild(error);
  const resetPlan = () => {
    progress.getState().setGoal(null);
    progress.getState().setHoursPerWeek(DEFAULT_HOURS_PER_WEEK);
    retry();
  };
  // A file removed by a newer deploy: only a reload can help, so no "Try again".
  if (stale) return <NewVersionNotice />;
  return (
    <div role="alert" className="notice">
      <p>{network ? words.message : words.broken}</p>
      <button
        type="button"
        onClick={() => {
          retryFailedLoads();
          retry();
        }}
      >
        {words.retry}
      </button>{" "}
      {!network && (
        <button type="button" onClick={resetPlan}>
          {words.resetPlan}
        </button>
      )}
    </div>
  );
}
