/**
 * The outline's controls changed by the learner after the app has taken the prerendered page
 * over but before React has hydrated them: React keeps each control as it finds it and sees no
 * change, so the change has to be applied when the control mounts (useEarlyInput), or the page
 * shows a ticked box for a topic that is not done, or a picked filter over an unfiltered list.
 * Here the server-rendered outline is changed before hydrateRoot runs, which leaves the DOM
 * exactly as such a change does.
 */
import { act } from "react";
import type { Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import type { AppServices } from "../../../src/ui/app-context";
import { AppProviders } from "../../../src/ui/app-shell";
import { OutlinePage } from "../../../src/ui/outline/outline-page";
import { createTestServices, hydrateWithoutErrors } from "../render-app";

const mounted: { root: Root; container: HTMLElement }[] = [];

afterEach(() => {
  for (const { root, container } of mounted.splice(0)) {
    act(() => root.unmount());
    container.remove();
  }
});

beforeEach(() => {
  window.location.hash = "#/";
});

/**
 * The outline as the build prerenders it, in a container in the document, and `hydrate` to take
 * it over. (With every provider of the shell but not the shell itself, which would suspend here:
 * these tests have the deferred chunk in memory, and the shell then draws more, lazily.)
 */
function prerenderedOutline(): {
  app: AppServices;
  page: HTMLElement;
  hydrate: () => Promise<void>;
} {
  const { services: app } = createTestServices();
  const tree = (
    <AppProviders services={app}>
      <OutlinePage />
    </AppProviders>
  );
  const page = document.createElement("div");
  page.innerHTML = renderToString(tree);
  document.body.append(page);
  const hydrate = async () => {
    mounted.push({ root: await hydrateWithoutErrors(page, tree), container: page });
  };
  return { app, page, hydrate };
}

const shownIds = (page: HTMLElement) =>
  [...page.querySelectorAll("[data-topic-id]")].map((row) => row.getAttribute("data-topic-id"));

it("ticks a box clicked before its row was hydrated, and only that one", async () => {
  const { app, page, hydrate } = prerenderedOutline();
  const row = page.querySelector<HTMLElement>('[data-state="available"]');
  const box = row?.querySelector<HTMLInputElement>('input[type="checkbox"]');
  box?.click();
  expect(box?.checked).toBe(true);

  await hydrate();
  expect(Object.keys(app.progress.getState().done)).toEqual([row?.dataset.topicId]);
  expect(row?.dataset.state).toBe("done");
  expect(box?.checked).toBe(true);
});

it("filters by a chip picked before the outline was hydrated", async () => {
  const { page, hydrate } = prerenderedOutline();
  const chip = page.querySelector<HTMLInputElement>('input[type="radio"][value="locked"]');
  chip?.click();
  expect(chip?.checked).toBe(true);

  await hydrate();
  expect(shownIds(page)).toEqual(["neural-nets", "rnn", "attention", "gan"]);
  expect(chip?.checked).toBe(true);
});

it("searches for text typed before the outline was hydrated", async () => {
  const { page, hydrate } = prerenderedOutline();
  const search = page.querySelector<HTMLInputElement>('input[type="search"]');
  if (search) search.value = "network";

  await hydrate();
  expect(shownIds(page)).toEqual(["neural-nets", "rnn", "gan"]);
  expect(search?.value).toBe("network");
});

it("changes nothing when nothing was touched", async () => {
  const { app, page, hydrate } = prerenderedOutline();
  const before = shownIds(page);
  expect(before).toHaveLength(7);

  await hydrate();
  expect(app.progress.getState().done).toEqual({});
  expect(shownIds(page)).toEqual(before);
  const boxes = [...page.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  expect(boxes.some((each) => each.checked)).toBe(false);
});
