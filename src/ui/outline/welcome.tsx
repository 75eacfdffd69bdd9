import { useId, useMemo } from "react";
import { nextUpGroups, progressFigures } from "../../graph";
import { useCurriculum, useGraph, usePreferences, useProgress, useServices } from "../app-context";
import { useI18n } from "../i18n";
import { useGoal } from "../plan/use-goal";
import { href } from "../router";
import "./first-visit.css";

const NOTHING_DONE: ReadonlySet<string> = new Set();

/**
 * True while the welcome shows: the learner has no progress at all (nothing done, known or in
 * progress) and has not dismissed it (a preference of this device).
 */
export function useWelcoming(): boolean {
  const fresh = useProgress(
    (state) =>
      Object.keys(state.done).length === 0 &&
      Object.keys(state.known).length === 0 &&
      Object.keys(state.inProgress).length === 0,
  );
  const dismissed = usePreferences((state) => state.welcomeDismissed);
  return fresh && !dismissed;
}

/**
 * A short welcome for a fresh learner, in place of Next up and the all-zero progress bars:
 * what the curriculum is and how big, what the marks mean (folded), and its next step — one
 * button to the plan's first topic. Render it only while `useWelcoming()` holds; `onDismiss` runs
 * when the learner hides it.
 */
export function Welcome({ onDismiss }: { onDismiss?: () => void }) {
  const graph = useGraph();
  const curriculum = useCurriculum();
  const { preferences } = useServices();
  const { t, localize } = useI18n();
  const { goal } = useGoal();
  const headingId = useId();
  const words = t.firstVisit.welcome;
  // From nothing done, the plan's first topic is the first available one in plan order.
  const first = useMemo(
    () => nextUpGroups(graph, NOTHING_DONE, goal, { onPath: 1 }).onPath[0],
    [graph, goal],
  );
  const size = useMemo(() => progressFigures(graph, NOTHING_DONE), [graph]);
  const firstTopic = first === undefined ? undefined : graph.topic(first);
  return (
    <section className="welcome" aria-labelledby={headingId}>
      {/* Hiding it sits by the heading, where a panel's close control is looked for. */}
      <div className="welcome-head">
        <h2 id={headingId}>{words.heading}</h2>
        <button
          type="button"
          onClick={() => {
            preferences.getState().dismissWelcome();
            onDismiss?.();
          }}
        >
          {words.dismiss}
        </button>
      </div>
      <p>
        {words.what(
          localize(curriculum.title).text,
          size.required.total,
          size.hours.total,
          size.optional.total,
        )}{" "}
        <a href={href({ name: "about" })}>{t.firstVisit.aboutLink}</a>
      </p>
      {/* Folded, so a phone still shows the outline below on the first screen. */}
      <details className="welcome-marks">
        <summary>{words.marksIntro}</summary>
        <ul>
          <li>{words.available}</li>
          <li>{words.locked}</li>
          <li>{words.done}</li>
          <li>{words.sources}</li>
        </ul>
      </details>
      {firstTopic && (
        <button
          type="button"
          className="welcome-start"
          onClick={() => {
            window.location.hash = href({ name: "topic", id: firstTopic.id });
          }}
        >
          {words.start(localize(firstTopic.title).text)}
        </button>
      )}
    </section>
  );
}
