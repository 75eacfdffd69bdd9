/**
 * Loads what a topic page needs beyond the first-load data: the body and resources (from the
 * services) and the Markdown renderer chunk, together, with a retry after a failure.
 */
import { type ComponentType, useCallback, useEffect, useState } from "react";
import type { Lang, TopicBody } from "../../curriculum/types";
import { useServices } from "../app-context";
import { loadMarkdownRenderer } from "../markdown/load-markdown";
import type { MarkdownBodyProps } from "../markdown/markdown";

export type TopicBodyState =
  | { readonly status: "loading" }
  | { readonly status: "error" }
  | {
      readonly status: "ready";
      /** Undefined when the build has no body for this id. */
      readonly body: TopicBody | undefined;
      readonly Renderer: ComponentType<MarkdownBodyProps>;
    };

/** The body of topic `id` in `lang` (or its fallback language) plus the renderer to show it. */
export function useTopicBody(id: string, lang: Lang): TopicBodyState & { retry: () => void } {
  const { loadTopicBody } = useServices();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<TopicBodyState>({ status: "loading" });

  useEffect(() => {
    let current = true;
    setState({ status: "loading" });
    // `attempt` only exists to run this again on retry.
    void attempt;
    Promise.all([loadTopicBody(id, lang), loadMarkdownRenderer()]).then(
      ([body, module]) => {
        if (current) setState({ status: "ready", body, Renderer: module.default });
      },
      () => {
        if (current) setState({ status: "error" });
      },
    );
    return () => {
      current = false;
    };
  }, [id, lang, loadTopicBody, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
