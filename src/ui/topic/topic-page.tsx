import { useGraph } from "../app-context";
import { Localized } from "../components/localized";

/** Placeholder for the topic page (#/topic/<id>); its owner replaces this module. */
export default function TopicPage({ id }: { id: string }) {
  const topic = useGraph().topic(id);
  return <h1>{topic ? <Localized value={topic.title} /> : id}</h1>;
}
