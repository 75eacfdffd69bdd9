import { useGraph } from "../app-context";
import { Localized } from "../components/localized";
import { useI18n } from "../i18n";

/** How many titles a preview lists before saying "and N more". */
export const TITLES_SHOWN = 12;

/**
 * Topic titles as a compact inline list (the first `limit`, then "and N more"), for import
 * previews and the comparison on a shared link.
 */
export function TopicTitleList({
  ids,
  limit = TITLES_SHOWN,
}: {
  ids: readonly string[];
  limit?: number;
}) {
  const graph = useGraph();
  const { t } = useI18n();
  const shown = ids.slice(0, limit);
  const rest = ids.length - shown.length;
  return (
    <ul className="title-list">
      {shown.map((id) => {
        const topic = graph.topic(id);
        return <li key={id}>{topic ? <Localized value={topic.title} /> : id}</li>;
      })}
      {rest > 0 && <li className="title-list-more">{t.share.importing.more(rest)}</li>}
    </ul>
  );
}
