import { useId } from "react";
import type { Resource } from "../../curriculum/types";
import { languageName, useI18n } from "../i18n";
import { NewVersionNotice } from "../safety/new-version-notice";
import { useStaleBuild } from "../safety/stale-build";
import { TopicResources } from "./topic-resources";
import type { TopicBodyState } from "./use-topic-body";

/**
 * The loaded part of a topic page: its text and its resources, with an error state with retry,
 * and a visible note when the text is not in the reading language. The text arrives as HTML
 * rendered at build time (Markdown with math, see src/render/body-html.tsx); it is trusted
 * build output, so it goes into the page as it is.
 */
export function TopicBody({ state, retry }: { state: TopicBodyState; retry: () => void }) {
  const { t, lang } = useI18n();
  const headingId = useId();
  const stale = useStaleBuild(state.status === "error" ? state.error : undefined);

  if (state.status === "error") {
    return (
      <section className="topic-body" aria-label={t.topic.bodyLabel}>
        {stale ? (
          <NewVersionNotice className="topic-error" />
        ) : (
          <div role="alert" className="notice topic-error">
            <p>{t.topic.loadError}</p>
            <button type="button" onClick={retry}>
              {t.topic.retry}
            </button>
          </div>
        )}
      </section>
    );
  }
  // Reloading (after a language switch or a retry): the text shown before stays meanwhile.
  const busy = state.status === "loading";
  const body = busy ? state.previous : state.body;
  if (busy && body === undefined) {
    return (
      <section className="topic-body" aria-busy="true" aria-label={t.topic.bodyLabel}>
        <p className="topic-loading">{t.topic.loading}</p>
      </section>
    );
  }

  const translated = body === undefined || body.lang === lang;
  const resources: readonly Resource[] = body?.resources ?? [];
  return (
    <>
      <section
        className="topic-body"
        aria-busy={busy ? true : undefined}
        aria-label={t.topic.bodyLabel}
      >
        {!translated && !busy && (
          <p className="notice topic-untranslated">
            {t.topic.notTranslated(languageName(lang), languageName(body.lang))}
          </p>
        )}
        {body?.html.trim() ? (
          <div
            className="markdown"
            lang={body.lang === lang ? undefined : body.lang}
            // biome-ignore lint/security/noDangerouslySetInnerHtml: build output, not user input (raw HTML in bodies is not passed through).
            dangerouslySetInnerHTML={{ __html: body.html }}
          />
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
