/**
 * A button that shows and hides a panel (the header's Menu, the Share popover), closed the way
 * a learner expects: Escape closes it and returns focus to the button; a click outside or
 * tabbing past its last control closes it quietly. Focus going nowhere (a file picker, a
 * dialog's top layer) leaves it open, and a popover or dialog inside that handles Escape first
 * (marking the event handled) keeps it open too.
 */
import {
  type FocusEvent,
  type KeyboardEvent,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
} from "react";

export function useDisclosure() {
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

  /** Spread on the element that holds both the button and the panel. */
  const wrapperProps = {
    ref: wrapperRef,
    onBlur: (event: FocusEvent<HTMLDivElement>) => {
      const next = event.relatedTarget;
      if (open && next instanceof Node && !event.currentTarget.contains(next)) close(false);
    },
    onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.key !== "Escape" || !open || event.defaultPrevented) return;
      event.preventDefault();
      close(true);
    },
  };
  /** Spread on the button. */
  const buttonProps = {
    ref: buttonRef,
    type: "button" as const,
    "aria-expanded": open,
    "aria-controls": panelId,
  };

  return { open, setOpen, close, panelId, wrapperRef, wrapperProps, buttonProps };
}
