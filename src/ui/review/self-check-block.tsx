import { useMemo } from "react";
import { useI18n } from "../i18n";
import { useTopicBody } from "../topic/use-topic-body";
import { selfCheckSection } from "./self-check";

/**
 * A due topic's self-check questions, taken from its body (loaded on demand); without them, a
 * line that sends the learner to the topic instead.
 */
export function SelfCheckBlock({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const { state } = useTopicBody(id, lang);
  const body = state.status === "ready" ? state.body : undefined;
  const section = useMemo(() => (body ? selfCheckSection(body.html) : undefined), [body]);

  if (state.status === "loading") {
    return <p className="review-self-check-status loading">{t.review.selfCheckLoading}</p>;
  }
  if (state.status === "error") {
    return <p className="review-self-check-status">{t.review.selfCheckError}</p>;
  }
  if (section === undefined) {
    return <p className="review-self-check-status">{t.review.selfCheckMissing}</p>;
  }
  // Folded: the learner first tries to recall the topic, and the questions' own list items do
  // not mix with the due list's items.
  return (
    <details className="review-self-check">
      <summary>{t.review.selfCheck}</summary>
      <div
        className="markdown"
        lang={body && body.lang !== lang ? body.lang : undefined}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: build output, not user input (a part of the topic's rendered body).
        dangerouslySetInnerHTML={{ __html: section }}
      />
    </details>
  );
}
