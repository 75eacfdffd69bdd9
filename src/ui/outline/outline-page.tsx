import { useI18n } from "../i18n";
import { NextUp } from "./next-up";
import { Outline } from "./outline";
import { Welcome, useWelcoming } from "./welcome";

/**
 * The home page (#/): the learner's own outline with Next up and the progress summary. A fresh
 * learner sees the welcome instead of both: its Start button is their next step, and it states
 * the curriculum's size where the bars would all read zero.
 */
export default function OutlinePage() {
  const { t } = useI18n();
  const welcoming = useWelcoming();
  return (
    <div className="outline-page">
      <h1>{t.outline.heading}</h1>
      {/* The welcome says the same, and more. */}
      {!welcoming && <p className="lead">{t.outline.intro}</p>}
      {welcoming ? <Welcome /> : <NextUp />}
      <Outline summary={!welcoming} />
    </div>
  );
}
