/**
 * The topic page (#/topic/<id>): title and checkbox, how it connects to other topics, the
 * body and resources (loaded on demand), and previous/next along the learner's plan.
 * A lazy chunk of its own; the Markdown renderer is a further chunk it loads.
 */
import "./topic-page.css";
import { useGraph } from "../app-context";
import { NotFound } from "../layout/not-found";
import { TopicBody } from "./topic-body";
import { TopicConnections } from "./topic-connections";
import { TopicHeader } from "./topic-header";
import { TopicNeighbours } from "./topic-neighbours";

/** `id` is a current topic id (the router resolves aliases before this page is shown). */
export default function TopicPage({ id }: { id: string }) {
  const topic = useGraph().topic(id);
  if (!topic) return <NotFound id={id} />;
  return (
    <article className="topic-page">
      <TopicHeader topic={topic} />
      <TopicConnections topic={topic} />
      <TopicBody id={topic.id} />
      <TopicNeighbours id={topic.id} />
    </article>
  );
}
