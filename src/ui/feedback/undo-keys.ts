/** The keyboard shortcut for Undo: Ctrl+Z, or ⌘Z on Apple systems. */

const APPLE = /mac|iphone|ipad|ipod/i;

/** How the shortcut is written on this system: for `aria-keyshortcuts` and for people. */
export function undoKeys(): { readonly aria: string; readonly label: string } {
  const apple = typeof navigator !== "undefined" && APPLE.test(navigator.platform);
  return apple ? { aria: "Meta+Z", label: "⌘Z" } : { aria: "Control+Z", label: "Ctrl+Z" };
}

/** Ctrl+Z or ⌘Z, without Shift (redo) or Alt, outside an input method's composition. */
export function isUndoShortcut(event: KeyboardEvent): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    !event.shiftKey &&
    !event.altKey &&
    !event.isComposing &&
    event.key.toLowerCase() === "z"
  );
}

// Input types without text of their own: the shortcut there means the app's Undo.
const WITHOUT_TEXT = new Set([
  "button",
  "checkbox",
  "color",
  "file",
  "image",
  "radio",
  "range",
  "reset",
  "submit",
]);

/** True where the browser's own text undo belongs: text fields, selects, editable content. */
export function ownsTextUndo(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !WITHOUT_TEXT.has(target.type);
  return target.closest('[contenteditable]:not([contenteditable="false"])') !== null;
}
