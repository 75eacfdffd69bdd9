/**
 * A box clicked on the prerendered outline after the app has taken the page over, but before
 * React has hydrated that row: React keeps the box as it finds it (ticked) and sees no change,
 * so the click has to be applied when the box mounts, or the page shows a ticked box for a
 * topic that is not done. Here the server-rendered shell is clicked before hydrateRoot runs,
 * which leaves the DOM exactly as such a click does.
 */
import { act, type ReactElement } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { createGraph } from "../../../src/graph";
import { createPreferencesStore, createProgressStore } from "../../../src/progress/store";
import type { AppServices } from "../../../src/ui/app-context";
import { AppProviders } from "../../../src/ui/app-shell";
import { OutlinePage } from "../../../src/ui/outline/outline-page";
import { fixtureCurriculum, MemoryStorage, PREFERENCES_KEY, PROGRESS_KEY } from "../render-app";

function services(): AppServices {
  const storage = new MemoryStorage();
  return {
    curriculum: fixtureCurriculum,
    graph: createGraph(fixtureCurriculum),
    progress: createProgressStore({ key: PROGRESS_KEY, storage }),
    preferences: createPreferencesStore({ key: PREFERENCES_KEY, storage }),
    loadTopicBody: async () => undefined,
    loadLayout: () => Promise.reject(new Error("not used")),
  };
}

/**
 * The outline with every provider of the shell. (The whole shell would suspend here: these
 * tests have the deferred chunk in memory, which the shell draws more of, lazily.)
 */
const outline = (app: AppServices) => (
  <AppProviders services={app}>
    <OutlinePage />
  </AppProviders>
);

/** The app's page as the build prerenders it, in a container in the document. */
function prerendered(app: ReactElement): HTMLElement {
  const container = document.createElement("div");
  container.innerHTML = renderToString(app);
  document.body.append(container);
  return container;
}

const box = (container: HTMLElement, id: string) =>
  container.querySelector<HTMLInputElement>(`[data-topic-id="${id}"] input[type="checkbox"]`);

async function hydrate(container: HTMLElement, app: ReactElement) {
  const errors: unknown[] = [];
  const root = await act(async () =>
    hydrateRoot(container, app, { onRecoverableError: (error) => errors.push(error) }),
  );
  expect(errors).toEqual([]);
  return root;
}

beforeEach(() => {
  window.location.hash = "#/";
});

it("applies a tick made before the row was hydrated, once", async () => {
  const app = services();
  const tree = outline(app);
  const container = prerendered(tree);
  const [id = ""] = [...container.querySelectorAll('[data-state="available"]')].map(
    (row) => row.getAttribute("data-topic-id") ?? "",
  );
  box(container, id)?.click();
  expect(box(container, id)?.checked).toBe(true);

  const root = await hydrate(container, tree);
  expect(Object.keys(app.progress.getState().done)).toEqual([id]);
  expect(container.querySelector(`[data-topic-id="${id}"]`)).toHaveAttribute("data-state", "done");
  expect(box(container, id)?.checked).toBe(true);
  act(() => root.unmount());
  container.remove();
});

it("changes nothing when no box was clicked", async () => {
  const app = services();
  const tree = outline(app);
  const container = prerendered(tree);
  const root = await hydrate(container, tree);
  expect(app.progress.getState().done).toEqual({});
  expect(
    [...container.querySelectorAll<HTMLInputElement>("input[type=checkbox]")].some(
      (b) => b.checked,
    ),
  ).toBe(false);
  act(() => root.unmount());
  container.remove();
});
