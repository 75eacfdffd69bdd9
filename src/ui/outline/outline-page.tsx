import { useI18n } from "../i18n";
import { Outline } from "./outline";

/** The home page (#/): the learner's own outline. */
export function OutlinePage() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t.outline.heading}</h1>
      <Outline />
    </>
  );
}
