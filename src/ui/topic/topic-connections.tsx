/**
 * How a topic connects to the rest: what it requires (each group with its members' states and
 * whether it is met), what it unlocks, and what to study alongside it. States come from the
 * engine (`computeStates`, `unlocksOf`); nothing here decides a state itself.
 */
import { type ReactNode, useId, useMemo } from "react";
import type { CompiledTopic } from "../../curriculum/types";
import { type StatusMap, unlocksOf } from "../../graph";
import { useGraph, useTopicStates } from "../app-context";
import { StateBadge } from "../components/state-badge";
import { TopicLink } from "../components/topic-link";
import { useI18n } from "../i18n";

export function TopicConnections({ topic }: { topic: CompiledTopic }) {
  const { t } = useI18n();
  const graph = useGraph();
  const states = useTopicStates();
  const unlocks = useMemo(() => unlocksOf(graph, topic.id), [graph, topic.id]);

  return (
    <div className="topic-connections">
      <Section heading={t.topic.requires.heading}>
        <Requirements topic={topic} states={states} />
      </Section>
      <Section heading={t.topic.unlocks.heading}>
        {unlocks.direct.length === 0 ? (
          <p>{t.topic.unlocks.none}</p>
        ) : (
          <>
            <TopicList ids={unlocks.direct} states={states} />
            {unlocks.total.length > unlocks.direct.length && (
              <p className="topic-note">{t.topic.unlocks.total(unlocks.total.length)}</p>
            )}
          </>
        )}
      </Section>
      {topic.recommends.length > 0 && (
        <Section heading={t.topic.alongside.heading}>
          <p className="topic-note">{t.topic.alongside.intro}</p>
          <TopicList ids={topic.recommends} states={states} />
        </Section>
      )}
    </div>
  );
}

function Section({ heading, children }: { heading: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="topic-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {children}
    </section>
  );
}

/** Each requirement group: one topic, or "any one of" several; unmet groups are marked. */
function Requirements({ topic, states }: { topic: CompiledTopic; states: StatusMap }) {
  const { t } = useI18n();
  const words = t.topic.requires;
  const unmetKeys = useMemo(
    () => new Set((states.get(topic.id)?.unmet ?? []).map(groupKey)),
    [states, topic.id],
  );
  if (topic.requires.length === 0) return <p>{words.none}</p>;
  return (
    <ul className="requirement-list">
      {topic.requires.map((group) => {
        const key = groupKey(group);
        const met = !unmetKeys.has(key);
        const mark = (
          <span className={`requirement-mark ${met ? "is-met" : "is-unmet"}`}>
            <span aria-hidden="true">{met ? "✓" : "✗"}</span> {met ? words.met : words.unmet}
          </span>
        );
        const [only] = group;
        return (
          <li key={key} className="requirement" data-met={met}>
            {group.length === 1 && only !== undefined ? (
              <>
                {/* The mark says met or not met; "Locked" or "Done" beside it would say it
                    twice, "Available" (start it now) adds something. */}
                <TopicRow id={only} states={states} onlyWhenAvailable /> {mark}
              </>
            ) : (
              <>
                <span className="requirement-any">{words.oneOf}</span> {mark}
                <TopicList ids={group} states={states} />
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function groupKey(group: readonly string[]): string {
  return group.join(" ");
}

function TopicList({ ids, states }: { ids: readonly string[]; states: StatusMap }) {
  return (
    <ul className="topic-mini-list">
      {ids.map((id) => (
        <li key={id}>
          <TopicRow id={id} states={states} />
        </li>
      ))}
    </ul>
  );
}

/** A linked topic title with its state in words and icon (if asked, only when available). */
function TopicRow({
  id,
  states,
  onlyWhenAvailable = false,
}: {
  id: string;
  states: StatusMap;
  onlyWhenAvailable?: boolean;
}) {
  const found = states.get(useGraph().canonicalId(id) ?? id);
  const status = onlyWhenAvailable && found?.state !== "available" ? undefined : found;
  return (
    <span className="connection-row">
      <TopicLink id={id} />
      {status && (
        <>
          {" "}
          <StateBadge state={status.state} doneWithUnmet={status.doneWithUnmet} />
        </>
      )}
    </span>
  );
}
