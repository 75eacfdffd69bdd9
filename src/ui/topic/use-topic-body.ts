/**
 * Loads what a topic page needs beyond the first-load data: the body (HTML rendered at build
 * time) and resources, with a retry after a failure. The page waits for the first answer
 * before it shows anything (see `settled`), so it appears in one piece instead of growing
 * when the body arrives.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Lang, TopicBody } from "../../curriculum/types";
import { useServices } from "../app-context";

export type TopicBodyState =
  | {
      readonly status: "loading";
      /** What was shown before this load began (another language), kept on screen meanwhile. */
      readonly previous: TopicBody | undefined;
    }
  | {
      readonly status: "error";
      /** What the loader failed with: a file gone after a redeploy needs a reload, not a retry. */
      readonly error: unknown;
    }
  | {
      readonly status: "ready";
      /** Undefined when the build has no body for this id. */
      readonly body: TopicBody | undefined;
    };

export interface LoadedTopicBody {
  readonly state: TopicBodyState;
  /** False until the first load has succeeded or failed: until then the page shows nothing. */
  readonly settled: boolean;
  readonly retry: () => void;
}

interface Progress {
  readonly state: TopicBodyState;
  readonly settled: boolean;
}

/** The body of topic `id` in `lang` (or its fallback language), loaded on demand. */
export function useTopicBody(id: string, lang: Lang): LoadedTopicBody {
  const { loadTopicBody, peekTopicBody } = useServices();
  const [attempt, setAttempt] = useState(0);
  // A body already in memory (the page opened directly, its body loaded before the first
  // render) shows at once, and is not loaded again.
  const [progress, setProgress] = useState<Progress>(() => {
    const known = peekTopicBody?.(id, lang);
    return known
      ? { state: { status: "ready", body: known.body }, settled: true }
      : { state: { status: "loading", previous: undefined }, settled: false };
  });
  // Settled in the first render only when it came from memory: the effect's first run then
  // has nothing to load.
  const loadedBeforeMount = useRef(progress.settled);

  useEffect(() => {
    if (loadedBeforeMount.current) {
      loadedBeforeMount.current = false;
      return;
    }
    let current = true;
    setProgress(({ state, settled }) => ({
      state: { status: "loading", previous: state.status === "ready" ? state.body : undefined },
      settled,
    }));
    // `attempt` only exists to run this again on retry.
    void attempt;
    loadTopicBody(id, lang).then(
      (body) => {
        if (current) setProgress({ state: { status: "ready", body }, settled: true });
      },
      (error: unknown) => {
        if (current) setProgress({ state: { status: "error", error }, settled: true });
      },
    );
    return () => {
      current = false;
    };
  }, [id, lang, loadTopicBody, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...progress, retry };
}
