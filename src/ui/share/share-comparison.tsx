import { useId, useMemo } from "react";
import { compareProgress } from "../../progress/compare";
import { useDoneIds, useGraph } from "../app-context";
import { useI18n } from "../i18n";
import { TopicTitleList } from "./topic-title-list";

export interface ShareComparisonProps {
  /** Their done (and known) topics. */
  readonly theirs: ReadonlySet<string>;
  /** Their topics in progress (never done). */
  readonly theirsInProgress: readonly string[];
}

/**
 * How a shared done set compares with the learner's own: done by both, only by them, only by
 * you (known counts as done, as it does for unlocking), and what they are studying now. Each
 * count shows; a non-empty group unfolds into its topic titles.
 */
export function ShareComparison({ theirs, theirsInProgress }: ShareComparisonProps) {
  const { t } = useI18n();
  const words = t.share.page;
  const graph = useGraph();
  const mine = useDoneIds();
  const headingId = useId();
  const comparison = useMemo(() => compareProgress(graph, mine, theirs), [graph, mine, theirs]);
  const groups = [
    { key: "both", label: words.both, ids: comparison.both },
    { key: "only-theirs", label: words.onlyTheirs, ids: comparison.onlyTheirs },
    { key: "only-mine", label: words.onlyMine, ids: comparison.onlyMine },
    { key: "their-in-progress", label: words.theyStudy, ids: theirsInProgress },
  ].filter((group) => group.key !== "their-in-progress" || group.ids.length > 0);
  return (
    <section className="share-comparison" aria-labelledby={headingId}>
      <h2 id={headingId}>{words.compareHeading}</h2>
      <ul className="comparison-counts">
        {groups.map((group) => {
          const count = words.count(group.label, group.ids.length);
          return (
            <li key={group.key} data-comparison={group.key}>
              {group.ids.length === 0 ? (
                count
              ) : (
                <details>
                  <summary>{count}</summary>
                  <TopicTitleList ids={group.ids} limit={Number.POSITIVE_INFINITY} />
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
