import { useId } from "react";
import type { Resource } from "../../curriculum/types";
import { languageName, useI18n } from "../i18n";
import { TopicResources } from "./topic-resources";
import { useTopicBody } from "./use-topic-body";

/**
 * The loaded part of a topic page: its text (Markdown with math) and its resources, with a calm
 * loading state, an error state with retry, and a visible note when the text is not in the
 * reading language.
 */
export function TopicBody({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const loaded = useTopicBody(id, lang);
  const headingId = useId();

  if (loaded.status === "loading") {
    return (
      <section className="topic-body" aria-busy="true" aria-label={t.topic.bodyLabel}>
        <p className="topic-loading">{t.topic.loading}</p>
      </section>
    );
  }
  if (loaded.status === "error") {
    return (
      <section className="topic-body" aria-label={t.topic.bodyLabel}>
        <div role="alert" className="notice topic-error">
          <p>{t.topic.loadError}</p>
          <button type="button" onClick={loaded.retry}>
            {t.topic.retry}
          </button>
        </div>
      </section>
    );
  }

  const { body, Renderer } = loaded;
  const translated = body === undefined || body.lang === lang;
  const resources: readonly Resource[] = body?.resources ?? [];
  return (
    <>
      <section className="topic-body" aria-label={t.topic.bodyLabel}>
        {!translated && (
          <p className="notice topic-untranslated">
            {t.topic.notTranslated(languageName(lang), languageName(body.lang))}
          </p>
        )}
        {body?.markdown.trim() ? (
          <div lang={translated ? undefined : body.lang}>
            <Renderer markdown={body.markdown} />
          </div>
        ) : (
          <p>{t.topic.noBody}</p>
        )}
      </section>
      <section className="topic-section" aria-labelledby={headingId}>
        <h2 id={headingId}>{t.topic.resources.heading}</h2>
        <TopicResources resources={resources} />
      </section>
    </>
  );
}
