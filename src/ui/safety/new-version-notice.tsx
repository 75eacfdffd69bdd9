import { useI18n } from "../i18n";
import { reloadPage } from "./reload-page";

/**
 * In place of a part of the page whose file a newer deploy removed: says so and offers the one
 * thing that can work, reloading the page (progress lives in the browser and is kept).
 */
export function NewVersionNotice({ className }: { className?: string }) {
  const { t } = useI18n();
  const words = t.shell.newVersion;
  return (
    <div role="alert" className={className ? `notice ${className}` : "notice"}>
      <p>{words.message}</p>
      <button type="button" className="button-primary" onClick={() => reloadPage()}>
        {words.reload}
      </button>
    </div>
  );
}
