/**
 * Keeps the toasts (fixed at the bottom of the window) off the focused control: while they are
 * shown the page's scroll padding leaves their height free, so the browser scrolls later focus
 * moves clear of them, and a new toast scrolls the control the learner is on out from under it.
 */
import { type RefObject, useLayoutEffect } from "react";

// Room between the control (its focus ring included) and the toasts.
const GAP = 12;

export function useToastClearance(section: RefObject<HTMLElement | null>, newestId: number): void {
  useLayoutEffect(() => {
    const element = section.current;
    if (element === null) return;
    const root = document.documentElement;
    const update = () => {
      const covered = window.innerHeight - element.getBoundingClientRect().top;
      root.style.scrollPaddingBottom = `${Math.max(0, Math.ceil(covered)) + GAP}px`;
    };
    update();
    const observer = typeof ResizeObserver === "function" ? new ResizeObserver(update) : null;
    observer?.observe(element);
    window.addEventListener("resize", update);
    return () => {
      observer?.disconnect();
      window.removeEventListener("resize", update);
      root.style.removeProperty("scroll-padding-bottom");
    };
  }, [section]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs for each new toast
  useLayoutEffect(() => {
    const element = section.current;
    const active = document.activeElement;
    if (element === null || !(active instanceof HTMLElement) || active === document.body) return;
    if (element.contains(active) || !covers(element, active)) return;
    // The scroll padding above makes "nearest" stop above the toasts.
    active.scrollIntoView({ block: "nearest" });
  }, [section, newestId]);
}

/** True when one of the toasts hides part of `control`. */
function covers(section: HTMLElement, control: HTMLElement): boolean {
  const box = control.getBoundingClientRect();
  return [...section.children].some((toast) => {
    const area = toast.getBoundingClientRect();
    return (
      box.bottom + GAP > area.top &&
      box.top < area.bottom &&
      box.right > area.left &&
      box.left < area.right
    );
  });
}
