import { useI18n } from "../i18n";
import { useFramedByOtherOrigin } from "./foreign-frame";

/**
 * Shown at the top of every page while the app is inside another site's frame: says why import
 * and replace are off, and offers the site in a tab of its own.
 */
export function FramedNotice() {
  const { t } = useI18n();
  const framed = useFramedByOtherOrigin();
  if (!framed) return null;
  const words = t.shell.framed;
  return (
    <div role="alert" className="notice framed-notice">
      <p>{words.message}</p>
      <p>
        <a href={window.location.href} target="_blank" rel="noopener noreferrer">
          {words.openDirectly}
        </a>
      </p>
    </div>
  );
}
