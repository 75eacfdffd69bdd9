import type { ReactNode } from "react";
import { useGraph } from "../app-context";
import { href } from "../router";
import { Localized } from "./localized";

export interface TopicLinkProps {
  readonly id: string;
  /** Defaults to the topic's title in the reading language (with a visible fallback). */
  readonly children?: ReactNode;
  readonly className?: string;
}

/** A link to a topic's page (`#/topic/<id>`); accepts aliases. */
export function TopicLink({ id, children, className }: TopicLinkProps) {
  const topic = useGraph().topic(id);
  const target = topic?.id ?? id;
  return (
    <a href={href({ name: "topic", id: target })} className={className}>
      {children ?? (topic ? <Localized value={topic.title} /> : target)}
    </a>
  );
}
