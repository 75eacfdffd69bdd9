/**
 * "Done, but X and Y are not": on a done topic whose requirement closure still holds topics
 * neither done nor known (engine `missingPrerequisites`), each named with a link.
 */
import { Fragment, useMemo } from "react";
import { missingPrerequisites } from "../../graph";
import { useDoneIds, useGraph } from "../app-context";
import { TopicLink } from "../components/topic-link";
import { useI18n } from "../i18n";

export function DoneButNote({ id }: { id: string }) {
  const graph = useGraph();
  const done = useDoneIds();
  const { t } = useI18n();
  const missing = useMemo(
    () => (done.has(id) ? missingPrerequisites(graph, done, id) : []),
    [graph, done, id],
  );
  if (missing.length === 0) return null;
  const words = t.marks.doneBut;
  return (
    <p className="done-but-note">
      <span aria-hidden="true">⚠ </span>
      {words.before}
      {missing.map((other, index) => (
        <Fragment key={other}>
          {index > 0 && (index === missing.length - 1 ? words.and : t.feedback.listSeparator)}
          <TopicLink id={other} />
        </Fragment>
      ))}
      {words.after(missing.length)}
    </p>
  );
}
