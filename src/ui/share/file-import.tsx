/**
 * "Import file": a hidden, labelled file input opened by a button, the checks on the chosen
 * file, and the dialogs that follow (an explanation for a bad file, or a preview to confirm).
 */
import { type ChangeEvent, useCallback, useMemo, useRef, useState } from "react";
import type { ImportMode } from "../../progress/store";
import { useCurriculum, useGraph } from "../app-context";
import { Dialog } from "../components/dialog";
import { useI18n } from "../i18n";
import { useFramedByOtherOrigin } from "../safety/foreign-frame";
import { ImportDialog } from "./import-dialog";
import { type ReadFileResult, readProgressFile } from "./progress-file";
import { useApplyFileImport } from "./use-import";

type FileFailure = Extract<ReadFileResult, { ok: false }>;
type FileRead = Extract<ReadFileResult, { ok: true }>;

export type FileImportState =
  | { readonly kind: "idle" }
  | { readonly kind: "failed"; readonly failure: FileFailure }
  | { readonly kind: "ready"; readonly file: FileRead };

/** State and handlers of the file import; the input and dialogs render them. */
export function useFileImport() {
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<FileImportState>({ kind: "idle" });
  // Inside another site's frame no file is read: the button is off and picking does nothing.
  const framed = useFramedByOtherOrigin();
  const curriculum = useCurriculum();

  const pick = useCallback(() => {
    if (!framed) inputRef.current?.click();
  }, [framed]);
  const close = useCallback(() => setState({ kind: "idle" }), []);
  const onChange = useCallback(
    async (event: ChangeEvent<HTMLInputElement>) => {
      const input = event.currentTarget;
      const file = input.files?.[0];
      // Cleared so that choosing the same file again still counts as a change.
      input.value = "";
      if (!file) return;
      const result = await readProgressFile(file, curriculum);
      setState(result.ok ? { kind: "ready", file: result } : { kind: "failed", failure: result });
    },
    [curriculum],
  );

  return { inputRef, state, pick, close, onChange, framed };
}

export type FileImport = ReturnType<typeof useFileImport>;

/**
 * The file input, labelled but hidden: the "Import file" button opens it. Browsers expose a file
 * input as a button, so a visible one would make two "Import file" buttons.
 */
export function FileInput({ fileImport }: { fileImport: FileImport }) {
  const { t } = useI18n();
  return (
    <input
      ref={fileImport.inputRef}
      type="file"
      accept=".json,application/json"
      hidden
      aria-label={t.share.controls.importFile}
      onChange={fileImport.onChange}
    />
  );
}

/** The dialogs after a file was chosen: why it cannot be imported, or what importing would do. */
export function FileImportDialogs({ fileImport }: { fileImport: FileImport }) {
  const { t } = useI18n();
  const words = t.share.importing;
  const apply = useApplyFileImport();
  const { state, close } = fileImport;
  const ready = state.kind === "ready" ? state.file : null;

  const onImport = (mode: ImportMode) => {
    if (ready) apply(ready, mode);
    close();
  };

  return (
    <>
      <Dialog
        open={state.kind === "failed"}
        title={words.fileTitle}
        onClose={close}
        actions={
          <button type="button" onClick={close}>
            {words.dismiss}
          </button>
        }
      >
        {state.kind === "failed" && <FileError failure={state.failure} />}
      </Dialog>
      <ImportDialog incoming={ready} title={words.fileTitle} onClose={close} onImport={onImport}>
        {ready && <FileFacts file={ready} />}
      </ImportDialog>
    </>
  );
}

/** Why the file was refused: the case exactly where one reason covers several, and the entry. */
function FileError({ failure }: { failure: FileFailure }) {
  const { t } = useI18n();
  const words = t.share.importing;
  const detail = "detail" in failure ? failure.detail : undefined;
  const id = "id" in failure ? failure.id : undefined;
  return (
    <div role="alert" className="import-error">
      <p>{words.fileError}</p>
      <p>{words.fileErrors[detail ?? failure.reason]}</p>
      {id !== undefined && <p>{words.fileErrorEntry(id)}</p>}
      <p>{t.share.page.untouched}</p>
    </div>
  );
}

function FileFacts({ file }: { file: FileRead }) {
  const { t, lang, localize } = useI18n();
  const words = t.share.importing;
  const graph = useGraph();
  const curriculum = useCurriculum();
  // Files carry the title in the curriculum's first language: this one's is named in the UI's.
  const from = Object.values(curriculum.title).includes(file.curriculum)
    ? localize(curriculum.title).text
    : file.curriculum;
  const ids = Object.keys(file.done);
  const unknown = ids.filter((id) => graph.canonicalId(id) === undefined).length;
  const exportedAt = useMemo(() => {
    if (file.exportedAt === null) return null;
    try {
      return new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short" }).format(
        file.exportedAt,
      );
    } catch {
      return new Date(file.exportedAt).toISOString();
    }
  }, [file.exportedAt, lang]);
  return (
    <div className="import-facts">
      <p>{words.fileSummary(ids.length)}</p>
      {file.version === 1 && <p>{words.fileVersion1}</p>}
      {file.dropped > 0 && <p>{words.dropped(file.dropped)}</p>}
      {unknown > 0 && <p>{words.unknownIds(unknown)}</p>}
      {from !== "" && <p>{words.fileFrom(from)}</p>}
      {exportedAt !== null && <p>{words.exportedAt(exportedAt)}</p>}
    </div>
  );
}
