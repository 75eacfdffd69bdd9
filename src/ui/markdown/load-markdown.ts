/**
 * Loads the Markdown renderer chunk on demand. A failed load is forgotten, so "Try again"
 * really fetches again (React.lazy would keep returning the same rejected promise).
 */
type MarkdownModule = typeof import("./markdown");

let pending: Promise<MarkdownModule> | undefined;

/** The renderer module; the same promise for every caller until a load fails. */
export function loadMarkdownRenderer(): Promise<MarkdownModule> {
  pending ??= import("./markdown").catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  return pending;
}
