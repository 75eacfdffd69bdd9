import type { CompiledTopic } from "../../curriculum/types";
import { useTopicStates } from "../app-context";
import { Localized } from "../components/localized";
import { SourceBadge } from "../components/source-badge";
import { StateBadge } from "../components/state-badge";
import { TopicCheckbox } from "../components/topic-checkbox";
import { useI18n } from "../i18n";

/** Title, state, source, hours, summary and the topic's own "done" checkbox. */
export function TopicHeader({ topic }: { topic: CompiledTopic }) {
  const { t, localize } = useI18n();
  const status = useTopicStates().get(topic.id);
  const state = status?.state ?? "locked";
  const title = localize(topic.title).text;
  const summary = localize(topic.summary);

  return (
    <header className="topic-header" data-state={state}>
      <h1>
        <Localized value={topic.title} />
      </h1>
      <p className="topic-meta">
        <StateBadge state={state} doneWithUnmet={status?.doneWithUnmet ?? false} />{" "}
        <SourceBadge source={topic.source} optional={topic.optional} />{" "}
        <span className="topic-hours">
          {topic.hours > 0 ? t.topic.hours(topic.hours) : t.topic.noHours}
        </span>
      </p>
      {summary.text && (
        <p className="topic-summary" lang={summary.fallback ? summary.lang : undefined}>
          {summary.text}
        </p>
      )}
      {/* biome-ignore lint/a11y/noLabelWithoutControl: TopicCheckbox renders the input. */}
      <label className="topic-done">
        <TopicCheckbox id={topic.id} title={t.topic.markDone(title)} checked={state === "done"} />
        <span>{t.topic.markDoneVisible}</span>
      </label>
    </header>
  );
}
