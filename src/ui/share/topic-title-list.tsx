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
  const { t, uiLang } = useI18n();
  const shown = ids.slice(0, limit);
  const rest = ids.length - shown.length;
  const separator = listSeparator(uiLang);
  const count = shown.length + (rest > 0 ? 1 : 0);
  // Real text between the items, so titles never run together, on screen or read aloud.
  const after = (index: number) =>
    index < count - 1 ? <span className="title-list-separator">{separator}</span> : null;
  return (
    <ul className="title-list">
      {shown.map((id, index) => {
        const topic = graph.topic(id);
        return (
          <li key={id}>
            {topic ? <Localized value={topic.title} /> : id}
            {after(index)}
          </li>
        );
      })}
      {rest > 0 && <li className="title-list-more">{t.share.importing.more(rest)}</li>}
    </ul>
  );
}

/** The separator between list items: the enumeration comma in Chinese, a comma otherwise. */
function listSeparator(lang: string): string {
  return lang === "zh" || lang.startsWith("zh-") ? "、" : ", ";
}

/** A labelled list of topic titles; nothing when there are none. */
export function ChangeList({ label, ids }: { label: string; ids: readonly string[] }) {
  if (ids.length === 0) return null;
  return (
    <div className="change-list">
      <span className="change-list-label">{label}</span>
      <TopicTitleList ids={ids} />
    </div>
  );
}
