import { useEffect, useMemo, useState } from "react";
import type { CompiledCurriculum, Lang, Resource, TopicBody } from "../../curriculum/types";
import { noteOf } from "../../progress/notes";
import { useGraph, useProgress, useServices } from "../app-context";
import { normalizeQuery } from "./outline-filter";
import type { SearchField } from "./search-index";

type Resources = ReadonlyMap<string, readonly Resource[]>;
type LoadBody = (id: string, lang: Lang) => Promise<TopicBody | undefined>;
type SearchModule = typeof import("./search-index");

// The index code is a chunk of its own, fetched with the first search: the first paint needs
// none of it. Until it arrives, titles are matched as before.
let searchModule: Promise<SearchModule> | undefined;
function loadSearchModule(): Promise<SearchModule> {
  searchModule ??= import("./search-index").catch((error: unknown) => {
    searchModule = undefined;
    throw error;
  });
  return searchModule;
}

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

/** Title matches only, while the search code loads. */
function titleMatches(curriculum: CompiledCurriculum, query: string): Map<string, SearchField> {
  const needle = normalizeQuery(query);
  const found = new Map<string, SearchField>();
  for (const topic of curriculum.topics) {
    if (Object.values(topic.title).some((title) => normalizeQuery(title).includes(needle))) {
      found.set(topic.id, "title");
    }
  }
  return found;
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
  const [engine, setEngine] = useState<SearchModule | undefined>(undefined);
  const [resources, setResources] = useState<Resources | undefined>(undefined);

  useEffect(() => {
    if (!searching || (engine && resources)) return;
    let live = true;
    loadSearchModule().then(
      (loaded) => live && setEngine(() => loaded),
      () => {},
    );
    resourcesOf(curriculum, loadTopicBody).then(
      (loaded) => live && setResources(loaded),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [searching, engine, resources, curriculum, loadTopicBody]);

  const notes = useMemo(() => {
    if (!withNotes || !searching) return undefined;
    const byTopic: Record<string, string> = {};
    for (const id of Object.keys(noteMap)) {
      const current = graph.canonicalId(id);
      const text = noteOf(noteMap, id);
      if (current && text) {
        byTopic[current] = byTopic[current] ? `${byTopic[current]}\n${text}` : text;
      }
    }
    return byTopic;
  }, [graph, noteMap, withNotes, searching]);

  const index = useMemo(
    () =>
      searching && engine ? engine.buildSearchIndex({ curriculum, notes, resources }) : undefined,
    [searching, engine, curriculum, notes, resources],
  );
  return useMemo(() => {
    if (!searching) return undefined;
    return index && engine ? engine.searchTopics(index, query) : titleMatches(curriculum, query);
  }, [searching, index, engine, query, curriculum]);
}
