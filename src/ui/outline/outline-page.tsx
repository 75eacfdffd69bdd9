import { useEffect, useRef, useState } from "react";
import { useI18n } from "../i18n";
import { HoldPosition } from "./hold-position";
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
  const nextUpHeading = useRef<HTMLHeadingElement>(null);
  const [focusNextUp, setFocusNextUp] = useState(false);

  useEffect(() => {
    if (!focusNextUp || welcoming) return;
    setFocusNextUp(false);
    nextUpHeading.current?.focus();
  }, [focusNextUp, welcoming]);

  return (
    <div className="outline-page">
      <h1>{t.outline.heading}</h1>
      <HoldPosition layout={welcoming}>
        {/* The welcome says the same, and more. */}
        {!welcoming && <p className="lead">{t.outline.intro}</p>}
        {welcoming ? (
          // Its Hide button goes with it: focus moves to Next up, which takes its place.
          <Welcome onDismiss={() => setFocusNextUp(true)} />
        ) : (
          <NextUp headingRef={nextUpHeading} />
        )}
        <Outline summary={!welcoming} />
      </HoldPosition>
    </div>
  );
}
