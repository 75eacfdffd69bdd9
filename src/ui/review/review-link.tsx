import "./review-marks.css";
import { useI18n } from "../i18n";
import { href } from "../router";
import { useDueCount } from "./use-due";

/**
 * The header's link to the review page, with the number due: a visible badge, and the same
 * number in the link's accessible name (the badge alone would be a bare digit). A component of
 * its own so either header layout (bar or phone menu) can place it.
 */
export function ReviewLink({ current }: { current: boolean }) {
  const { t } = useI18n();
  const count = useDueCount();
  return (
    <a
      className="review-link"
      href={href({ name: "review" })}
      aria-current={current ? "page" : undefined}
      aria-label={t.review.navName(count)}
      data-due-count={count}
    >
      {t.review.nav}
      {count > 0 && (
        <span className="review-badge" aria-hidden="true">
          {count}
        </span>
      )}
    </a>
  );
}
