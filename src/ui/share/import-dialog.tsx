import { type ReactNode, useCallback, useId, useMemo } from "react";
import { resolveDone } from "../../graph";
import { previewLinkImport } from "../../progress/compare";
import type { FileContents } from "../../progress/import-apply";
import type { SharedMarks } from "../../progress/share-import";
import type { ImportMode } from "../../progress/store";
import { useGraph, useProgress } from "../app-context";
import { Dialog } from "../components/dialog";
import { useI18n } from "../i18n";
import { useFramedByOtherOrigin } from "../safety/foreign-frame";
import { changesNothing, FileNotesPreview, useFilePreviews } from "./file-import-preview";
import { ChangeList } from "./topic-title-list";

export interface ImportDialogProps {
  /** What would be imported (a link's done ids, or a file's records); null keeps it closed. */
  readonly incoming: readonly string[] | FileContents | null;
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
      {incoming === null ? null : Array.isArray(incoming) ? (
        <LinkPreview incoming={incoming} marks={marks} />
      ) : (
        <FilePreview file={incoming as FileContents} />
      )}
    </Dialog>
  );
}

interface LinkPreviewProps {
  readonly incoming: readonly string[];
  readonly marks: SharedMarks | undefined;
}

function LinkPreview({ incoming, marks }: LinkPreviewProps) {
  const graph = useGraph();
  const done = useProgress((state) => state.done);
  const known = useProgress((state) => state.known);
  const inProgress = useProgress((state) => state.inProgress);
  const preview = useCallback(
    (mode: ImportMode) =>
      previewLinkImport(graph, { done, known, inProgress }, incoming, marks ?? {}, mode),
    [graph, done, known, inProgress, incoming, marks],
  );
  const merge = useMemo(() => preview("merge"), [preview]);
  const replace = useMemo(() => preview("replace"), [preview]);
  return (
    <Choices
      merge={merge}
      replace={replace}
      replaceChangesNothing={
        replace.added.length === 0 && replace.removed.length === 0 && replace.remarked.length === 0
      }
    />
  );
}

/** A file's preview: marks, and what would happen to notes and review history. */
function FilePreview({ file }: { file: FileContents }) {
  const graph = useGraph();
  const { merge, replace } = useFilePreviews(file);
  // Mark changes are listed as topics of this curriculum, like a link's.
  const topics = (ids: readonly string[]) => [...resolveDone(graph, ids)];
  const marksOf = (summary: typeof merge) => ({
    added: topics(summary.added),
    removed: topics(summary.removed),
    remarked: topics(summary.remarked),
  });
  return (
    <Choices
      merge={marksOf(merge)}
      replace={marksOf(replace)}
      replaceChangesNothing={changesNothing(replace)}
      mergeExtra={<FileNotesPreview summary={merge} mode="merge" />}
      replaceExtra={<FileNotesPreview summary={replace} mode="replace" />}
    />
  );
}

interface MarkChanges {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly remarked: readonly string[];
}

interface ChoicesProps {
  readonly merge: MarkChanges;
  readonly replace: MarkChanges;
  readonly replaceChangesNothing: boolean;
  readonly mergeExtra?: ReactNode;
  readonly replaceExtra?: ReactNode;
}

/** The two choices side by side: what merging and what replacing would change. */
function Choices({
  merge,
  replace,
  replaceChangesNothing,
  mergeExtra,
  replaceExtra,
}: ChoicesProps) {
  const { t } = useI18n();
  const words = t.share.importing;
  const mergeId = useId();
  const replaceId = useId();
  return (
    <>
      <p>{words.choose}</p>
      <section className="import-option" aria-labelledby={mergeId}>
        <h3 id={mergeId}>{words.mergeLabel}</h3>
        <p>{words.mergeEffect(merge.added.length)}</p>
        <ChangeList label={words.added} ids={merge.added} />
        <ChangeList label={words.remarked} ids={merge.remarked} />
        {mergeExtra}
      </section>
      <section className="import-option" aria-labelledby={replaceId}>
        <h3 id={replaceId}>{words.replaceLabel}</h3>
        <p>{words.replaceEffect(replace.added.length, replace.removed.length)}</p>
        {replaceChangesNothing && <p>{words.noChange}</p>}
        <ChangeList label={words.added} ids={replace.added} />
        <ChangeList label={words.removed} ids={replace.removed} />
        <ChangeList label={words.remarked} ids={replace.remarked} />
        {replaceExtra}
      </section>
    </>
  );
}
