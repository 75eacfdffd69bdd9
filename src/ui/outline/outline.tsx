/**
 * The outline: every topic once, grouped by section in order, with its state, progress bars,
 * a filter and a title search. Reused read-only by the shared-progress view: pass the shared
 * done set, the link's marks and `readOnly`.
 */
import { useDeferredValue, useMemo, useState } from "react";
import { progressFigures } from "../../graph";
import { useCurriculum, useDoneIds, useGraph, useProgress, useTopicStates } from "../app-context";
import { useI18n } from "../i18n";
import { type ShownMark, shownMarkIn } from "../progress-marks/use-marks";
import { OutlineControls } from "./outline-controls";
import { type OutlineFilter, topicMatches } from "./outline-filter";
import { OutlineSection } from "./outline-section";
import { SearchMatchContext } from "./search-match";
import { useTopicSearch } from "./use-topic-search";
import { ProgressSummary } from "./progress-summary";

export interface OutlineProps {
  /** Canonical done ids (keep the Set stable, e.g. with useMemo); default the learner's own. */
  readonly done?: ReadonlySet<string>;
  /** Disables the checkboxes (a shared link's progress cannot be ticked). */
  readonly readOnly?: boolean;
  /**
   * With `readOnly`: the marks to show (a shared link's known and in-progress topics). The
   * learner's own marks and notes never show in a read-only outline.
   */
  readonly marks?: ReadonlyMap<string, ShownMark>;
  /** Shows the overall progress summary (default); the first visit's welcome replaces it. */
  readonly summary?: boolean;
}

export function Outline({ done, readOnly = false, marks, summary = true }: OutlineProps) {
  const curriculum = useCurriculum();
  const graph = useGraph();
  const { t } = useI18n();
  const own = useDoneIds();
  const doneSet = done ?? own;
  const states = useTopicStates(doneSet);
  // The learner's own marks, for the "In progress" and "Known" chips (a shared view has its own).
  const known = useProgress((state) => state.known);
  const inProgress = useProgress((state) => state.inProgress);
  const figures = useMemo(() => progressFigures(graph, doneSet), [graph, doneSet]);

  const [filter, setFilter] = useState<OutlineFilter>("all");
  const [query, setQuery] = useState("");
  // Typing stays responsive: the list catches up with the search box a moment later.
  const deferredQuery = useDeferredValue(query);
  // Titles, summaries, aliases, sections, resources and notes; built on the first search.
  const matches = useTopicSearch(deferredQuery, !readOnly);

  const visible = useMemo(() => {
    const bySection = new Map<string, string[]>();
    let count = 0;
    for (const topic of curriculum.topics) {
      const state = states.get(topic.id)?.state ?? "locked";
      const mark = readOnly
        ? marks?.get(topic.id)
        : shownMarkIn(known, inProgress, doneSet, topic.id, topic.aliases);
      if (matches && !matches.has(topic.id)) continue;
      if (!topicMatches(topic, state, filter, "", mark ?? "none")) continue;
      count++;
      const list = bySection.get(topic.section);
      if (list) list.push(topic.id);
      else bySection.set(topic.section, [topic.id]);
    }
    return { bySection, count };
  }, [curriculum, states, filter, matches, readOnly, marks, known, inProgress, doneSet]);

  return (
    <div className="outline">
      {summary && <ProgressSummary figures={figures} />}
      <OutlineControls filter={filter} onFilter={setFilter} query={query} onQuery={setQuery} />
      <p className="outline-count">{t.outline.shown(visible.count, curriculum.topics.length)}</p>
      {visible.count === 0 && <p className="empty">{t.outline.noMatch}</p>}
      <SearchMatchContext value={matches}>
        {curriculum.sections.map((section) => {
          const topicIds = visible.bySection.get(section.id);
          if (!topicIds) return null;
          return (
            <OutlineSection
              key={section.id}
              section={section}
              topicIds={topicIds}
              states={states}
              figures={figures.sections.find((figure) => figure.id === section.id)}
              readOnly={readOnly}
              marks={readOnly ? marks : undefined}
            />
          );
        })}
      </SearchMatchContext>
    </div>
  );
}
