import { type ReactNode, useCallback, useId, useMemo } from "react";
import {
  type ImportPreview as Preview,
  previewImport,
  previewLinkImport,
} from "../../progress/compare";
import type { TimeMap } from "../../progress/records";
import type { SharedMarks } from "../../progress/share-import";
import type { ImportMode } from "../../progress/store";
import { useGraph, useProgress } from "../app-context";
import { Dialog } from "../components/dialog";
import { useI18n } from "../i18n";
import { useFramedByOtherOrigin } from "../safety/foreign-frame";
import { TopicTitleList } from "./topic-title-list";

export interface ImportDialogProps {
  /** What would be imported; null keeps the dialog closed. */
  readonly incoming: TimeMap | readonly string[] | null;
  /** A share link's known and in-progress topics (with a list `incoming`). */
  readonly marks?: SharedMarks;
  readonly title: string;
  readonly onClose: () => void;
  /** Called with the learner's choice; the caller applies it and closes the dialog. */
  readonly onImport: (mode: ImportMode) => void;
  /** Facts about the source shown first (who shared it, which file). */
  readonly children?: ReactNode;
}

/**
 * Asks before an import: shows what merging and what replacing would change (counts and
 * titles) and offers "Merge with mine", "Replace mine" or Cancel. Nothing changes until the
 * learner picks one.
 */
export function ImportDialog({
  incoming,
  marks,
  title,
  onClose,
  onImport,
  children,
}: ImportDialogProps) {
  const { t } = useI18n();
  const words = t.share.importing;
  const framed = useFramedByOtherOrigin();
  return (
    <Dialog
      open={incoming !== null}
      title={title}
      onClose={onClose}
      actions={
        incoming !== null && (
          <>
            <button type="button" className="button-primary" onClick={() => onImport("merge")}>
              {words.merge}
            </button>
            <button type="button" disabled={framed} onClick={() => onImport("replace")}>
              {words.replace}
            </button>
            <button type="button" onClick={onClose}>
              {words.cancel}
            </button>
          </>
        )
      }
    >
      {children}
      {incoming !== null && <ImportPreview incoming={incoming} marks={marks} />}
    </Dialog>
  );
}

interface ImportPreviewProps {
  readonly incoming: TimeMap | readonly string[];
  readonly marks: SharedMarks | undefined;
}

function ImportPreview({ incoming, marks }: ImportPreviewProps) {
  const { t } = useI18n();
  const words = t.share.importing;
  const graph = useGraph();
  const done = useProgress((state) => state.done);
  const known = useProgress((state) => state.known);
  const inProgress = useProgress((state) => state.inProgress);
  // A link's list goes by the link rules (marks included); a file's record by done times.
  const preview = useCallback(
    (mode: ImportMode): Preview & { readonly remarked?: readonly string[] } =>
      Array.isArray(incoming)
        ? previewLinkImport(graph, { done, known, inProgress }, incoming, marks ?? {}, mode)
        : previewImport(done, incoming, mode, graph),
    [graph, done, known, inProgress, incoming, marks],
  );
  const merge = useMemo(() => preview("merge"), [preview]);
  const replace = useMemo(() => preview("replace"), [preview]);
  const mergeId = useId();
  const replaceId = useId();
  return (
    <>
      <p>{words.choose}</p>
      <section className="import-option" aria-labelledby={mergeId}>
        <h3 id={mergeId}>{words.mergeLabel}</h3>
        <p>{words.mergeEffect(merge.added.length)}</p>
        <ChangeList label={words.added} ids={merge.added} />
        <ChangeList label={words.remarked} ids={merge.remarked ?? []} />
      </section>
      <section className="import-option" aria-labelledby={replaceId}>
        <h3 id={replaceId}>{words.replaceLabel}</h3>
        <p>{words.replaceEffect(replace.added.length, replace.removed.length)}</p>
        {replace.added.length === 0 &&
          replace.removed.length === 0 &&
          (replace.remarked ?? []).length === 0 && <p>{words.noChange}</p>}
        <ChangeList label={words.added} ids={replace.added} />
        <ChangeList label={words.removed} ids={replace.removed} />
        <ChangeList label={words.remarked} ids={replace.remarked ?? []} />
      </section>
    </>
  );
}

function ChangeList({ label, ids }: { label: string; ids: readonly string[] }) {
  if (ids.length === 0) return null;
  return (
    <div className="change-list">
      <span className="change-list-label">{label}</span>
      <TopicTitleList ids={ids} />
    </div>
  );
}
