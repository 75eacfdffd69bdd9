/** Small helpers shared by the sharing component tests. */
import { screen } from "@testing-library/react";
import type { MemoryStorage } from "../render-app";
import { PROGRESS_KEY } from "../render-app";

/** The outline row (or graph node) of a topic. */
export function row(id: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[data-topic-id="${id}"]`);
  if (!element) throw new Error(`no element for topic ${id}`);
  return element;
}

/** The toast region, once a toast has brought it (its code loads with the first toast). */
export function toasts(): Promise<HTMLElement> {
  return screen.findByRole("region", { name: /Notifications|通知/ });
}

/** What is stored for the learner's progress right now (to prove it was not touched). */
export function storedProgress(storage: MemoryStorage | null): string | undefined {
  return storage?.data.get(PROGRESS_KEY);
}

/** The share code at the end of a share URL. */
export function codeOf(url: string): string {
  const match = /#\/share\/([A-Za-z0-9_-]+)$/.exec(url);
  if (!match?.[1]) throw new Error(`not a share URL: ${url}`);
  return match[1];
}

/** Replaces navigator.clipboard for one test; returns the mock writeText. */
export function mockClipboard(writeText: (text: string) => Promise<void>) {
  const spy = vi.fn(writeText);
  Object.defineProperty(window.navigator, "clipboard", {
    configurable: true,
    value: { writeText: spy },
  });
  return spy;
}

/**
 * Loads the lazily loaded share modules once before a file's tests, so the first test does not
 * spend its time budget transforming them.
 */
export async function preloadShareModules(): Promise<void> {
  await Promise.all([
    import("../../../src/ui/share/share-controls"),
    import("../../../src/ui/share/share-page"),
  ]);
}
