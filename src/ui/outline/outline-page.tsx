import { useI18n } from "../i18n";
import { NextUp } from "./next-up";
import { Outline } from "./outline";
import { Welcome } from "./welcome";

/** The home page (#/): the learner's own outline with the Next up panel. */
export default function OutlinePage() {
  const { t } = useI18n();
  return (
    <div className="outline-page">
      <h1>{t.outline.heading}</h1>
      <p className="lead">{t.outline.intro}</p>
      <Welcome />
      <NextUp />
      <Outline />
    </div>
  );
}
