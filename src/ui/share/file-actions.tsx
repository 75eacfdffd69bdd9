/**
 * "Export" and "Import file", shown in the header's menu on the learner's own views. The shared
 * view has its own "Import" and hides them, so each button name is unambiguous there.
 */
import { useId } from "react";
import { useServices } from "../app-context";
import { useAnnounce } from "../feedback/announce";
import { useToast } from "../feedback/toasts";
import { useI18n } from "../i18n";
import { useRoute } from "../router";
import { FileImportDialogs, FileInput, useFileImport } from "./file-import";
import { downloadProgressFile } from "./progress-file";
import "./share.css";

export function FileActions() {
  const { t } = useI18n();
  const fileImport = useFileImport();
  const hintId = useId();
  const route = useRoute();
  if (route.name === "share") return null;
  return (
    <div className="file-actions">
      <ExportButton describedBy={hintId} />
      <p id={hintId} className="share-note">
        {t.share.controls.exportHint}
      </p>
      <button type="button" disabled={fileImport.framed} onClick={fileImport.pick}>
        {t.share.controls.importFile}
      </button>
      <FileInput fileImport={fileImport} />
      <FileImportDialogs fileImport={fileImport} />
    </div>
  );
}

function ExportButton({ describedBy }: { describedBy: string }) {
  const { t } = useI18n();
  const words = t.share.controls;
  const { progress, curriculum } = useServices();
  const announce = useAnnounce();
  const toast = useToast();
  const onExport = () => {
    const primary = curriculum.languages[0] ?? "";
    const title = curriculum.title[primary] ?? Object.values(curriculum.title)[0] ?? "";
    let message: string;
    try {
      message = words.exported(downloadProgressFile(title, progress.getState(), Date.now()));
    } catch {
      message = words.exportFailed;
    }
    announce(message);
    toast.show({ message });
  };
  return (
    <button type="button" onClick={onExport} aria-describedby={describedBy}>
      {words.export}
    </button>
  );
}
