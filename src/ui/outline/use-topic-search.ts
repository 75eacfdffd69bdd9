import { useEffect, useMemo, useState } from "react";
import type { CompiledCurriculum, Lang, Resource, TopicBody } from "../../curriculum/types";
import { noteOf } from "../../progress/notes";
import { useGraph, useProgress, useServices } from "../app-context";
import { buildSearchIndex, type SearchField, searchTopics } from "./search-index";

type Resources = ReadonlyMap<string, readonly Resource[]>;
type LoadBody = (id: string, lang: Lang) => Promise<TopicBody | undefined>;

// Resources live in each topic's body file; they are fetched once per curriculum, when the
// learner first searches. A body that fails to load only leaves its resources unsearched.
const loadedResources = new WeakMap<CompiledCurriculum, Promise<Resources>>();

function resourcesOf(curriculum: CompiledCurriculum, loadBody: LoadBody): Promise<Resources> {
  let promise = loadedResources.get(curriculum);
  if (!promise) {
    const primary = curriculum.languages[0] ?? "";
    promise = Promise.allSettled(
      curriculum.topics.map((topic) => loadBody(topic.id, primary)),
    ).then((results) => {
      const map = new Map<string, readonly Resource[]>();
      results.forEach((result, i) => {
        const id = curriculum.topics[i]?.id;
        if (id && result.status === "fulfilled" && result.value) {
          map.set(id, result.value.resources);
        }
      });
      return map;
    });
    loadedResources.set(curriculum, promise);
  }
  return promise;
}

/**
 * The topics matching `query` with the field each matched in; undefined while the query is
 * empty. Nothing is indexed before the first search, so the first paint does no search work.
 * `withNotes` false leaves the learner's notes out (a shared view shows someone else's ticks).
 */
export function useTopicSearch(
  query: string,
  withNotes: boolean,
): ReadonlyMap<string, SearchField> | undefined {
  const graph = useGraph();
  const { loadTopicBody } = useServices();
  const curriculum = graph.curriculum;
  const noteMap = useProgress((state) => state.notes);
  const searching = query.trim() !== "";
  const [resources, setResources] = useState<Resources | undefined>(undefined);

  useEffect(() => {
    if (!searching || resources) return;
    let live = true;
    resourcesOf(curriculum, loadTopicBody).then(
      (loaded) => {
        if (live) setResources(loaded);
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [searching, resources, curriculum, loadTopicBody]);

  const notes = useMemo(() => {
    if (!withNotes || !searching) return undefined;
    const byTopic: Record<string, string> = {};
    for (const id of Object.keys(noteMap)) {
      const current = graph.canonicalId(id);
      const text = noteOf(noteMap, id);
      if (current && text)
        byTopic[current] = byTopic[current] ? `${byTopic[current]}\n${text}` : text;
    }
    return byTopic;
  }, [graph, noteMap, withNotes, searching]);

  const index = useMemo(
    () => (searching ? buildSearchIndex({ curriculum, notes, resources }) : undefined),
    [searching, curriculum, notes, resources],
  );
  return useMemo(() => (index ? searchTopics(index, query) : undefined), [index, query]);
}
