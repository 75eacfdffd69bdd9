/**
 * The topic page (#/topic/<id>): title and checkbox, how it connects to other topics, the
 * body and resources (loaded on demand), and previous/next along the learner's plan.
 * A lazy chunk of its own, with the body's styles. The page shows once its
 * body has arrived, in one piece: content appearing under what is already on screen would push
 * it down (a layout shift, and a poor Lighthouse score).
 */
import "../markdown/markdown.css";
import "./topic-page.css";
import { Suspense } from "react";
import type { CompiledTopic } from "../../curriculum/types";
import { useGraph } from "../app-context";
import { useI18n } from "../i18n";
import { NotFound } from "../layout/not-found";
import { lazyWithRetry } from "../lazy-with-retry";
import { DoneButNote } from "../progress-marks/done-but-note";
import { StatusControl } from "../progress-marks/status-control";
import { TopicBody } from "./topic-body";
import { TopicConnections } from "./topic-connections";
import { TopicHeader } from "./topic-header";
import { TopicNeighbours } from "./topic-neighbours";
import { useTopicBody } from "./use-topic-body";

// The notes editor is needed only once a topic page is open: a chunk of its own.
const TopicNotes = lazyWithRetry(() => import("../progress-marks/topic-notes"));

/** `id` is a current topic id (the router resolves aliases before this page is shown). */
export default function TopicPage({ id }: { id: string }) {
  const topic = useGraph().topic(id);
  if (!topic) return <NotFound id={id} />;
  return <TopicArticle topic={topic} />;
}

function TopicArticle({ topic }: { topic: CompiledTopic }) {
  const { t, lang } = useI18n();
  const { state, settled, retry } = useTopicBody(topic.id, lang);

  if (!settled) {
    // The same box as the shell's placeholder for a view still loading, so swapping one for
    // the other moves nothing; the words appear only if the wait gets long.
    return (
      <div className="page-loading" aria-busy="true">
        <p className="topic-loading">{t.topic.loading}</p>
      </div>
    );
  }
  return (
    <article className="topic-page">
      <TopicHeader topic={topic} />
      <StatusControl id={topic.id} />
      <DoneButNote id={topic.id} />
      <TopicConnections topic={topic} />
      <TopicBody state={state} retry={retry} />
      <Suspense fallback={<div className="topic-notes-loading" aria-busy="true" />}>
        <TopicNotes id={topic.id} />
      </Suspense>
      <TopicNeighbours id={topic.id} />
    </article>
  );
}
