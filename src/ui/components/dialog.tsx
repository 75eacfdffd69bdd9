/**
 * An accessible modal built on the native `<dialog>` (focus trap, Escape and inertness come
 * from the browser). Where showModal() is missing (old browsers, jsdom) it opens non-modally.
 */
import { type ReactNode, useEffect, useId, useRef } from "react";
import { useI18n } from "../i18n";

export interface DialogProps {
  readonly open: boolean;
  /** Called on Escape, the close button, or a form method="dialog" submit. */
  readonly onClose: () => void;
  readonly title: string;
  readonly children: ReactNode;
  /** Buttons shown at the bottom (e.g. Confirm / Cancel). */
  readonly actions?: ReactNode;
}

export function Dialog({ open, onClose, title, children, actions }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { t } = useI18n();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === "function") dialog.showModal();
      else dialog.setAttribute("open", "");
    } else if (!open && dialog.open) {
      if (typeof dialog.close === "function") dialog.close();
      else dialog.removeAttribute("open");
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        // jsdom and old browsers do not fire "cancel" on Escape.
        if (event.key === "Escape") {
          event.preventDefault();
          onClose();
        }
      }}
    >
      {open && (
        <>
          <div className="dialog-head">
            <h2 id={titleId}>{title}</h2>
            <button
              type="button"
              className="dialog-close"
              aria-label={t.feedback.dialog.close}
              onClick={onClose}
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
          <div className="dialog-body">{children}</div>
          {actions && <div className="dialog-actions">{actions}</div>}
        </>
      )}
    </dialog>
  );
}
