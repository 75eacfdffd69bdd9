import { useEffect } from "react";
import { useProgress, useServices } from "../app-context";
import { useAnnounce } from "../feedback/announce";
import { useI18n } from "../i18n";

/**
 * Tells the learner when progress cannot be saved (storage unavailable or full) or when the
 * saved value was unreadable (kept under a backup key). Visible until dismissed, and said once
 * through the polite live region.
 */
export function StorageNotice() {
  const { t } = useI18n();
  const { progress } = useServices();
  const issue = useProgress((state) => state.storageIssue);
  const backupKey = useProgress((state) => state.backupKey);
  const announce = useAnnounce();
  const message =
    issue === "corrupt" && backupKey === null
      ? t.feedback.storage.corruptNoBackup
      : issue
        ? t.feedback.storage[issue]
        : null;

  useEffect(() => {
    if (message) announce(message);
  }, [message, announce]);

  if (!message) return null;
  return (
    <aside className="notice storage-notice" aria-label={t.feedback.storage.label}>
      <p>{message}</p>
      <button type="button" onClick={() => progress.getState().dismissStorageIssue()}>
        {t.feedback.storage.dismiss}
      </button>
    </aside>
  );
}
