import { useId, useMemo } from "react";
import { nextUpGroups } from "../../graph";
import { useCurriculum, useGraph, usePreferences, useProgress, useServices } from "../app-context";
import { useI18n } from "../i18n";
import { useGoal } from "../plan/use-goal";
import { href } from "../router";
import "./first-visit.css";

const NOTHING_DONE: ReadonlySet<string> = new Set();

/**
 * A short welcome for a learner with no progress at all: what the curriculum is, what the
 * marks mean, and one button to the plan's first topic. Hidden for good once dismissed (a
 * preference of this device), and as soon as the learner has any progress.
 */
export function Welcome() {
  const fresh = useProgress(
    (state) =>
      Object.keys(state.done).length === 0 &&
      Object.keys(state.known).length === 0 &&
      Object.keys(state.inProgress).length === 0,
  );
  const dismissed = usePreferences((state) => state.welcomeDismissed);
  if (!fresh || dismissed) return null;
  return <WelcomePanel />;
}

function WelcomePanel() {
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
  const firstTopic = first === undefined ? undefined : graph.topic(first);
  return (
    <section className="welcome" aria-labelledby={headingId}>
      <h2 id={headingId}>{words.heading}</h2>
      <p>{words.what(localize(curriculum.title).text)}</p>
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
      <div className="welcome-actions">
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
        <a href={href({ name: "about" })}>{t.firstVisit.aboutLink}</a>
        <button type="button" onClick={() => preferences.getState().dismissWelcome()}>
          {words.dismiss}
        </button>
      </div>
    </section>
  );
}
