import { type Ref, useId } from "react";
import { MAX_NAME_LENGTH } from "../../progress/share-code-name";
import { useI18n } from "../i18n";

export type CopyState = "idle" | "copied" | "refused";

export interface ShareLinkBoxProps {
  readonly link: string;
  readonly name: string;
  readonly onName: (name: string) => void;
  readonly copyState: CopyState;
  readonly onCopy: () => void;
  readonly inputRef: Ref<HTMLInputElement>;
}

/**
 * The share link in a read-only text box, a Copy button with its outcome, the optional display
 * name, and a note on what the link contains.
 */
export function ShareLinkBox({
  link,
  name,
  onName,
  copyState,
  onCopy,
  inputRef,
}: ShareLinkBoxProps) {
  const { t } = useI18n();
  const words = t.share.controls;
  const linkId = useId();
  const nameId = useId();
  const noteId = useId();
  const nameHintId = useId();
  return (
    <div className="share-link-box">
      <label htmlFor={linkId}>{words.shareLink}</label>
      <div className="share-link-row">
        <input
          ref={inputRef}
          id={linkId}
          type="text"
          readOnly
          value={link}
          aria-describedby={noteId}
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" onClick={onCopy}>
          {words.copy}
        </button>
      </div>
      {copyState !== "idle" && (
        <p className={`share-copy-result share-copy-${copyState}`}>
          {copyState === "copied" ? words.copied : words.copyRefused}
        </p>
      )}
      <p id={noteId} className="share-note">
        {words.note}
      </p>
      <label htmlFor={nameId}>{words.name}</label>
      <input
        id={nameId}
        type="text"
        value={name}
        maxLength={MAX_NAME_LENGTH}
        autoComplete="nickname"
        aria-describedby={nameHintId}
        onChange={(event) => onName(event.currentTarget.value)}
      />
      <p id={nameHintId} className="share-note">
        {words.nameHint}
      </p>
    </div>
  );
}
