import { memo } from "react";
import type { TopicState } from "../../graph";
import { useGraph } from "../app-context";
import { Localized } from "../components/localized";
import { SourceBadge } from "../components/source-badge";
import { StateBadge } from "../components/state-badge";
import { TopicCheckbox } from "../components/topic-checkbox";
import { TopicLink } from "../components/topic-link";
import { useI18n } from "../i18n";
import { DoneButNote } from "../progress-marks/done-but-note";
import { MarkBadge, NoteMark } from "../progress-marks/mark-badge";
import { type ShownMark, shownMark, useHasNote, useMark } from "../progress-marks/use-marks";
import { NeedsLine } from "./needs-line";
import { SearchMatch } from "./search-match";
import { DueMarker } from "../review/due-marker";

export interface TopicRowProps {
  readonly id: string;
  readonly state: TopicState;
  readonly doneWithUnmet: boolean;
  readonly readOnly: boolean;
  /** On a read-only row: the mark to show (a shared link's), instead of the learner's own. */
  readonly sharedMark?: ShownMark;
  /** Unmet requirement groups (the engine's `unmet`), said in words on a locked row. */
  readonly unmet?: readonly (readonly string[])[];
}

/**
 * One topic of the outline. Memoised on primitive props, so a tick re-renders only the rows
 * whose state changed.
 */
export const TopicRow = memo(function TopicRow({
  id,
  state,
  doneWithUnmet,
  readOnly,
  sharedMark,
  unmet,
}: TopicRowProps) {
  const graph = useGraph();
  const { t, localize } = useI18n();
  // A shared view shows the sharer's marks: the learner's own marks and notes stay out of it.
  const ownMark = shownMark(useMark(id));
  const ownNote = useHasNote(id);
  const mark = readOnly ? sharedMark : ownMark;
  const hasNote = !readOnly && ownNote;
  const topic = graph.topic(id);
  if (!topic) return null;
  const summary = localize(topic.summary);
  return (
    <li
      className={`topic-row state-${state}`}
      data-topic-id={id}
      data-state={state}
      data-mark={mark}
      data-note={hasNote ? "true" : undefined}
    >
      <TopicCheckbox
        id={id}
        title={localize(topic.title).text}
        checked={state === "done"}
        disabled={readOnly}
      />
      <div className="topic-main">
        <TopicLink id={id} className="topic-title" />
        {summary.text && (
          <p className="topic-summary">
            <Localized value={topic.summary} />
          </p>
        )}
        {state === "locked" && unmet && <NeedsLine unmet={unmet} />}
        <SearchMatch id={id} />
        <div className="topic-meta">
          <StateBadge state={state} doneWithUnmet={doneWithUnmet} />
          {mark && <MarkBadge mark={mark} />}
          {hasNote && <NoteMark />}
          {topic.hours > 0 && <span className="hours">{t.shell.hours(topic.hours)}</span>}
          <SourceBadge source={topic.source} optional={topic.optional} />
          {!readOnly && <DueMarker id={id} />}
        </div>
        {doneWithUnmet && !readOnly && <DoneButNote id={id} />}
      </div>
    </li>
  );
});
