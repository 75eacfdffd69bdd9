import type { TopicSource } from "../../curriculum/types";
import { useI18n } from "../i18n";

export interface SourceBadgeProps {
  readonly source: TopicSource;
  /** An elective gets a second badge. */
  readonly optional?: boolean;
}

/** Where a topic comes from (the source article or an extension), and whether it is elective. */
export function SourceBadge({ source, optional = false }: SourceBadgeProps) {
  const { t } = useI18n();
  return (
    <>
      <span className={`badge source-badge source-${source}`}>{t.shell.source[source]}</span>
      {optional && (
        <span className="badge source-badge source-elective">{t.shell.source.elective}</span>
      )}
    </>
  );
}
