/**
 * Progress over time: topics (or hours) finished per week over the last weeks, as a small
 * plain-SVG bar chart. The figure's caption says the same in words and a table holds every
 * number, so nothing depends on seeing the bars.
 */
import { useId, useMemo, useState } from "react";
import { formatHours } from "../../i18n/format";
import { useGraph, useProgress } from "../app-context";
import { useI18n } from "../i18n";
import { formatShortDate } from "./finish-estimate";
import { ticksOf, type WeekTally, weeklyProgress } from "./weekly-progress";

const WEEKS = 12;
const BAR = 28;
const GAP = 12;
const HEIGHT = 120;

type Metric = "topics" | "hours";

export function ProgressChart() {
  const { t, lang, uiLang } = useI18n();
  const graph = useGraph();
  const done = useProgress((state) => state.done);
  const [metric, setMetric] = useState<Metric>("topics");
  const headingId = useId();
  const words = t.plan.chart;

  const weeks = useMemo(
    () => weeklyProgress(ticksOf(graph, done), Date.now(), WEEKS),
    [graph, done],
  );
  const totals = weeks.reduce(
    (sum, week) => ({ topics: sum.topics + week.topics, hours: sum.hours + week.hours }),
    { topics: 0, hours: 0 },
  );
  const date = (ms: number) => formatShortDate(ms, lang, uiLang);
  const summary =
    `${words.summary(WEEKS, totals.topics, totals.hours)} ${bestWeek(weeks, words, date)}`.trim();

  return (
    <section className="progress-chart" aria-labelledby={headingId}>
      <h2 id={headingId}>{words.heading}</h2>
      {totals.topics === 0 ? (
        <p>{words.empty(WEEKS)}</p>
      ) : (
        <>
          <fieldset className="chart-metric">
            <legend>{words.metric}</legend>
            {(["topics", "hours"] as const).map((option) => (
              <label key={option}>
                <input
                  type="radio"
                  name={`${headingId}-metric`}
                  value={option}
                  checked={metric === option}
                  onChange={() => setMetric(option)}
                />
                {words[option]}
              </label>
            ))}
          </fieldset>
          <figure>
            <Bars weeks={weeks} metric={metric} summary={summary} />
            <div className="chart-axis" aria-hidden="true">
              <span>{date(weeks[0]?.start ?? 0)}</span>
              <span>{date(weeks.at(-1)?.start ?? 0)}</span>
            </div>
            <figcaption>{summary}</figcaption>
          </figure>
          <details className="chart-table">
            <summary>{words.table}</summary>
            <table>
              <caption>{words.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{words.week}</th>
                  <th scope="col">{words.topics}</th>
                  <th scope="col">{words.hours}</th>
                </tr>
              </thead>
              <tbody>
                {weeks.map((week) => (
                  <tr key={week.start}>
                    <th scope="row">{date(week.start)}</th>
                    <td>{week.topics}</td>
                    <td>{formatHours(week.hours)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}

function bestWeek(
  weeks: readonly WeekTally[],
  words: { best: (week: string, topics: number) => string },
  date: (ms: number) => string,
): string {
  const best = weeks.reduce<WeekTally | undefined>(
    (top, week) => (top === undefined || week.topics > top.topics ? week : top),
    undefined,
  );
  return best && best.topics > 0 ? words.best(date(best.start), best.topics) : "";
}

function Bars({
  weeks,
  metric,
  summary,
}: {
  weeks: readonly WeekTally[];
  metric: Metric;
  /** The chart in words: its accessible name (and a tooltip). */
  summary: string;
}) {
  const max = Math.max(1, ...weeks.map((week) => week[metric]));
  const width = weeks.length * (BAR + GAP) - GAP;
  return (
    <svg className="chart-bars" viewBox={`0 0 ${width} ${HEIGHT}`} role="img">
      <title>{summary}</title>
      {weeks.map((week, i) => {
        const value = week[metric];
        // Empty weeks keep a sliver of a bar so the time axis stays readable.
        const height = value > 0 ? Math.max(3, (value / max) * (HEIGHT - 2)) : 1;
        return (
          <rect
            key={week.start}
            className={value > 0 ? "bar" : "bar is-empty"}
            x={i * (BAR + GAP)}
            y={HEIGHT - height}
            width={BAR}
            height={height}
            rx={3}
          />
        );
      })}
    </svg>
  );
}
