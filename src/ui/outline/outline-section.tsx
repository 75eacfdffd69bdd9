import { useId } from "react";
import type { CompiledSection } from "../../curriculum/types";
import type { SectionFigures, StatusMap } from "../../graph";
import { Localized } from "../components/localized";
import { ProgressBar } from "../components/progress-bar";
import { useI18n } from "../i18n";
import type { ShownMark } from "../progress-marks/use-marks";
import { TopicRow } from "./topic-row";

export interface OutlineSectionProps {
  readonly section: CompiledSection;
  /** The topics of this section to show (already filtered), in curriculum order. */
  readonly topicIds: readonly string[];
  readonly states: StatusMap;
  readonly figures: SectionFigures | undefined;
  readonly readOnly: boolean;
  /** A read-only view's marks (a shared link's); rows of the learner's own show theirs. */
  readonly marks?: ReadonlyMap<string, ShownMark>;
}

/** One section: heading, its progress (required topics; electives apart) and its topics. */
export function OutlineSection({
  section,
  topicIds,
  states,
  figures,
  readOnly,
  marks,
}: OutlineSectionProps) {
  const { t, localize } = useI18n();
  const headingId = useId();
  const title = localize(section.title).text;
  return (
    <section className="outline-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Localized value={section.title} />
      </h2>
      {figures && figures.required.total > 0 && (
        <ProgressBar
          label={t.outline.sectionProgress(title)}
          done={figures.required.done}
          total={figures.required.total}
          visibleLabel={t.outline.requiredProgress}
        />
      )}
      {figures && figures.optional.total > 0 && (
        <ProgressBar
          label={t.outline.sectionElectives(title)}
          done={figures.optional.done}
          total={figures.optional.total}
          visibleLabel={t.outline.electiveProgress}
        />
      )}
      <ul className="topic-list">
        {topicIds.map((id) => {
          const status = states.get(id);
          return (
            <TopicRow
              key={id}
              id={id}
              state={status?.state ?? "locked"}
              doneWithUnmet={status?.doneWithUnmet ?? false}
              unmet={status?.unmet}
              readOnly={readOnly}
              sharedMark={marks?.get(id)}
            />
          );
        })}
      </ul>
    </section>
  );
}
