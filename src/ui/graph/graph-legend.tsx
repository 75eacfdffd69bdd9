/**
 * What the graph's shapes, icons and lines mean, each sample drawn with the same classes as the
 * graph itself, next to its meaning in words.
 */
import { useId } from "react";
import type { TopicState } from "../../graph";
import { useI18n } from "../i18n";

const STATES: readonly TopicState[] = ["done", "available", "locked"];

export function GraphLegend() {
  const { t } = useI18n();
  const headingId = useId();
  const words = t.graph.legend;
  return (
    <section className="graph-legend" aria-labelledby={headingId}>
      <h2 id={headingId}>{words.heading}</h2>
      <ul>
        {STATES.map((state) => (
          <li key={state}>
            <span className={`graph-legend-node state-${state}`} aria-hidden="true">
              <span className="graph-node-tick" />
            </span>
            {t.shell.state[state]}
          </li>
        ))}
        <li>
          <span className="graph-legend-node state-available is-plan" aria-hidden="true">
            <span className="graph-node-step">1</span>
          </span>
          {words.plan}
        </li>
        <li>
          <span className="graph-legend-node state-available" aria-hidden="true">
            <span className="graph-node-goal">{t.graph.goal}</span>
          </span>
          {words.goal}
        </li>
        <li>
          <LineSample kind="requires" />
          {words.requires}
        </li>
        <li>
          <LineSample kind="anyOf" label={t.graph.oneOf(2)} />
          {words.oneOf}
        </li>
        <li>
          <LineSample kind="recommends" />
          {words.recommends}
        </li>
      </ul>
      <p className="graph-legend-note">{words.tick}</p>
    </section>
  );
}

function LineSample({
  kind,
  label,
}: {
  kind: "requires" | "anyOf" | "recommends";
  label?: string;
}) {
  return (
    <svg
      className="graph-legend-line"
      viewBox="0 0 72 20"
      width="72"
      height="20"
      aria-hidden="true"
    >
      <path className={`graph-link graph-link-${kind} tone-plain`} d="M2 10H66" />
      {kind !== "recommends" && <path className="graph-legend-arrow" d="M62 6L70 10L62 14z" />}
      {label && (
        <>
          <rect className="graph-junction-box" x="6" y="3" width="48" height="14" rx="7" />
          <text className="graph-junction-label" x="30" y="10">
            {label}
          </text>
        </>
      )}
    </svg>
  );
}
