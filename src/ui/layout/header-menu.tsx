/**
 * The header's "Menu" button: a disclosure holding the rarely used controls (language, theme,
 * file export and import, and Share on narrow screens). Enter or Space opens it, Tab walks
 * through it, Escape closes it and returns focus to the button; so does a click outside, and
 * tabbing past its last control closes it quietly.
 */
import { type ReactNode, useCallback, useEffect, useId, useRef, useState } from "react";
import { useI18n } from "../i18n";

export function HeaderMenu({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target;
      if (target instanceof Node && !wrapperRef.current?.contains(target)) close(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open, close]);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape and focus-leaving handling for the whole menu.
    <div
      ref={wrapperRef}
      className="header-menu"
      onBlur={(event) => {
        // Focus leaving for another part of the page closes the menu; focus going nowhere (a
        // file picker, a dialog's top layer) does not.
        const next = event.relatedTarget;
        if (open && next instanceof Node && !event.currentTarget.contains(next)) close(false);
      }}
      onKeyDown={(event) => {
        // A popover or dialog inside handles its own Escape first and marks it handled.
        if (event.key !== "Escape" || !open || event.defaultPrevented) return;
        event.preventDefault();
        close(true);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="header-menu-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        <span className="header-menu-icon" aria-hidden="true">
          ☰
        </span>
        {t.shell.menu}
      </button>
      <div id={panelId} className="header-menu-panel" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
