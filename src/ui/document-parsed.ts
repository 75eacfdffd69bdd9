/**
 * Resolves once `doc` has been parsed. The boot script starts the app's module from the head,
 * and when that module is already downloaded (index.html preloads it) it can run before the
 * parser has reached `#root`: it must not look for the root, or the prerendered page, earlier.
 */
export function documentParsed(doc: Document = document): Promise<void> {
  if (doc.readyState !== "loading") return Promise.resolve();
  return new Promise((resolve) => {
    doc.addEventListener("DOMContentLoaded", () => resolve(), { once: true });
  });
}
