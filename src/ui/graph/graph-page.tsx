/**
 * The graph page (#/graph), loaded on demand with its own chunk and stylesheet: the learner's
 * own progress drawn as the prerequisite graph, with the outline one link away as its text
 * alternative.
 */
import { useI18n } from "../i18n";
import { href } from "../router";
import { GraphView } from "./graph-view";

export { GraphView, type GraphViewProps } from "./graph-view";

export default function GraphPage() {
  const { t } = useI18n();
  return (
    <div className="graph-page">
      <h1>{t.shell.pageTitle.graph}</h1>
      <p className="graph-intro">
        {t.graph.intro}
        {t.shell.sentenceGap}
        {t.graph.textAlternative}
        <a href={href({ name: "outline" })}>{t.graph.textAlternativeLink}</a>
        {t.graph.textAlternativeEnd}
      </p>
      <GraphView />
    </div>
  );
}
