/**
 * The About page (#/about): what the curriculum is (its intro, rendered at build time), the work
 * it is drawn from, where progress is kept, how to share it and how to host one's own.
 */
import { useId } from "react";
import { useCurriculum } from "../app-context";
import { Localized } from "../components/localized";
import { useI18n } from "../i18n";
import "../markdown/markdown.css";
import "./about.css";

export default function AboutPage() {
  const curriculum = useCurriculum();
  const { t, localize } = useI18n();
  const about = t.firstVisit.about;
  const intro = curriculum.intro ? localize(curriculum.intro) : undefined;
  return (
    <div className="about-page">
      <h1>{about.heading}</h1>
      <p className="lead">
        <Localized value={curriculum.title} />
      </p>
      {intro?.text.trim() && (
        <div
          className="markdown about-intro"
          lang={intro.fallback ? intro.lang : undefined}
          // biome-ignore lint/security/noDangerouslySetInnerHtml: build output from the curriculum's intro (raw HTML in Markdown is not passed through).
          dangerouslySetInnerHTML={{ __html: intro.text }}
        />
      )}
      <SourceSection />
      <AboutSection heading={about.progressHeading} text={about.progress} />
      <AboutSection heading={about.shareHeading} text={about.share} />
      <AboutSection heading={about.hostHeading} text={about.host} />
    </div>
  );
}

function SourceSection() {
  const { source } = useCurriculum();
  const { t } = useI18n();
  const headingId = useId();
  if (!source) return null;
  const about = t.firstVisit.about;
  const title = <Localized value={source.title} />;
  return (
    <section className="about-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{about.sourceHeading}</h2>
      <p className="about-source">
        <cite>
          {source.url ? (
            <a href={source.url} rel="noopener noreferrer" target="_blank">
              {title}
            </a>
          ) : (
            title
          )}
        </cite>
        {source.author && <> {about.sourceAuthor(source.author)}</>}
        {source.date && (
          <>
            {" "}
            <time dateTime={source.date}>{about.sourceDate(source.date)}</time>
          </>
        )}
        {!source.url && <> {about.noUrl}</>}
      </p>
    </section>
  );
}

function AboutSection({ heading, text }: { heading: string; text: string }) {
  const headingId = useId();
  return (
    <section className="about-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <p>{text}</p>
    </section>
  );
}
