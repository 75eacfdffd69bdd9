/** Shared bits of the marks, dialog and notes tests. */
import { configure, screen } from "@testing-library/react";
import { createProgressStore } from "../../../src/progress/store";
import { MemoryStorage, PROGRESS_KEY } from "../render-app";

// The first render of a file pays jsdom's cold start on a busy machine: allow for it.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

/** The outline row (or graph node, plan item) of `id`. */
export function row(id: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`.topic-row[data-topic-id="${id}"]`);
  if (!element) throw new Error(`no outline row for ${id}`);
  return element;
}

/** The toast list, once shown (it loads when it first has something to show). */
export function findToasts(): Promise<HTMLElement> {
  return screen.findByRole("region", { name: "Notifications" });
}

/** Storage holding progress made through a real store (notes, marks), as a past visit left it. */
export function storageWith(
  prepare: (store: ReturnType<typeof createProgressStore>) => void,
): MemoryStorage {
  const storage = new MemoryStorage();
  prepare(createProgressStore({ key: PROGRESS_KEY, storage }));
  return storage;
}
