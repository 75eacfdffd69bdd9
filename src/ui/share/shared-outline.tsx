/**
 * The outline of a shared link's progress: the learner's outline, read-only, with the marks
 * the link carries (known, in progress) on its rows as icon and text. It is built from the
 * outline's own parts (controls, filter, search, summary, badges); only the rows differ, since
 * the outline's rows show the learner's own marks and a shared view must show the sharer's.
 */
import { useDeferredValue, useId, useMemo, useState } from "react";
import type { CompiledSection } from "../../curriculum/types";
import {
  progressFigures,
  type SectionFigures,
  type StatusMap,
  type TopicStatus,
} from "../../graph";
import { useCurriculum, useGraph, useTopicStates } from "../app-context";
import { Localized } from "../components/localized";
import { ProgressBar } from "../components/progress-bar";
import { SourceBadge } from "../components/source-badge";
import { StateBadge } from "../components/state-badge";
import { TopicCheckbox } from "../components/topic-checkbox";
import { TopicLink } from "../components/topic-link";
import { useI18n } from "../i18n";
import { NeedsLine } from "../outline/needs-line";
import { OutlineControls } from "../outline/outline-controls";
import { type OutlineFilter, topicMatches } from "../outline/outline-filter";
import { ProgressSummary } from "../outline/progress-summary";
import { SearchMatch, SearchMatchContext } from "../outline/search-match";
import { useTopicSearch } from "../outline/use-topic-search";
import { MarkBadge } from "../progress-marks/mark-badge";
import type { ShownMark } from "../progress-marks/use-marks";

export interface SharedOutlineProps {
  /** The link's done (and known) topics, current ids; keep the Set stable. */
  readonly done: ReadonlySet<string>;
  /** The link's known and in-progress topics. */
  readonly marks: ReadonlyMap<string, ShownMark>;
}

export function SharedOutline({ done, marks }: SharedOutlineProps) {
  const curriculum = useCurriculum();
  const graph = useGraph();
  const { t } = useI18n();
  const states = useTopicStates(done);
  const figures = useMemo(() => progressFigures(graph, done), [graph, done]);
  const [filter, setFilter] = useState<OutlineFilter>("all");
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query);
  // The sharer's notes never travel, and the learner's own are not searched here.
  const matches = useTopicSearch(deferredQuery, false);

  const visible = useMemo(() => {
    const bySection = new Map<string, string[]>();
    let count = 0;
    for (const topic of curriculum.topics) {
      const state = states.get(topic.id)?.state ?? "locked";
      if (matches && !matches.has(topic.id)) continue;
      if (!topicMatches(topic, state, filter, "", marks.get(topic.id) ?? "none")) continue;
      count++;
      const list = bySection.get(topic.section);
      if (list) list.push(topic.id);
      else bySection.set(topic.section, [topic.id]);
    }
    return { bySection, count };
  }, [curriculum, states, filter, matches, marks]);

  return (
    <div className="outline">
      <ProgressSummary figures={figures} />
      <OutlineControls filter={filter} onFilter={setFilter} query={query} onQuery={setQuery} />
      <p className="outline-count">{t.outline.shown(visible.count, curriculum.topics.length)}</p>
      {visible.count === 0 && <p className="empty">{t.outline.noMatch}</p>}
      <SearchMatchContext value={matches}>
        {curriculum.sections.map((section) => {
          const topicIds = visible.bySection.get(section.id);
          if (!topicIds) return null;
          return (
            <SharedSection
              key={section.id}
              section={section}
              topicIds={topicIds}
              states={states}
              marks={marks}
              figures={figures.sections.find((figure) => figure.id === section.id)}
            />
          );
        })}
      </SearchMatchContext>
    </div>
  );
}

interface SharedSectionProps {
  readonly section: CompiledSection;
  readonly topicIds: readonly string[];
  readonly states: StatusMap;
  readonly marks: ReadonlyMap<string, ShownMark>;
  readonly figures: SectionFigures | undefined;
}

function SharedSection({ section, topicIds, states, marks, figures }: SharedSectionProps) {
  const { t, localize } = useI18n();
  const headingId = useId();
  const title = localize(section.title).text;
  return (
    <section className="outline-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Localized value={section.title} />
      </h2>
      {figures && figures.required.total > 0 && (
        <ProgressBar
          label={t.outline.sectionProgress(title)}
          done={figures.required.done}
          total={figures.required.total}
          visibleLabel={t.outline.requiredProgress}
        />
      )}
      {figures && figures.optional.total > 0 && (
        <ProgressBar
          label={t.outline.sectionElectives(title)}
          done={figures.optional.done}
          total={figures.optional.total}
          visibleLabel={t.outline.electiveProgress}
        />
      )}
      <ul className="topic-list">
        {topicIds.map((id) => (
          <SharedTopicRow key={id} id={id} status={states.get(id)} mark={marks.get(id)} />
        ))}
      </ul>
    </section>
  );
}

interface SharedTopicRowProps {
  readonly id: string;
  readonly status: TopicStatus | undefined;
  readonly mark: ShownMark | undefined;
}

/** One topic as the link has it: state and mark shown, the checkbox disabled. */
function SharedTopicRow({ id, status, mark }: SharedTopicRowProps) {
  const graph = useGraph();
  const { t, localize } = useI18n();
  const topic = graph.topic(id);
  if (!topic) return null;
  const state = status?.state ?? "locked";
  const summary = localize(topic.summary);
  return (
    <li
      className={`topic-row state-${state}`}
      data-topic-id={id}
      data-state={state}
      data-mark={mark}
    >
      <TopicCheckbox
        id={id}
        title={localize(topic.title).text}
        checked={state === "done"}
        disabled
      />
      <div className="topic-main">
        <TopicLink id={id} className="topic-title" />
        {summary.text && (
          <p className="topic-summary">
            <Localized value={topic.summary} />
          </p>
        )}
        {state === "locked" && status?.unmet && <NeedsLine unmet={status.unmet} />}
        <SearchMatch id={id} />
        <div className="topic-meta">
          <StateBadge state={state} doneWithUnmet={status?.doneWithUnmet ?? false} />
          {mark && <MarkBadge mark={mark} />}
          {topic.hours > 0 && <span className="hours">{t.shell.hours(topic.hours)}</span>}
          <SourceBadge source={topic.source} optional={topic.optional} />
        </div>
      </div>
    </li>
  );
}
