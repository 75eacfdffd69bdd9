/**
 * Taking over the prerendered outline must not draw the page a second time. React renders a
 * store's "server snapshot" while hydrating and, when the store's current value differs, draws
 * again at once, synchronously; reading stores the way zustand's useStore does (its state from
 * before persist restored the stored progress) did exactly that to the whole outline.
 */
import { act } from "react";
import { renderToString } from "react-dom/server";
import { ServicesContext, useProgress } from "../../../src/ui/app-context";
import { useRoute } from "../../../src/ui/router";
import {
  createTestServices,
  hydrateWithoutErrors,
  MemoryStorage,
  PROGRESS_KEY,
} from "../render-app";

let renders = 0;

function Probe() {
  renders++;
  const done = useProgress((state) => state.done);
  const route = useRoute();
  return (
    <p>
      {route.name}: {Object.keys(done).length} done
    </p>
  );
}

it("hydrates the prerendered page with one render: stored progress and the hash read as they are", async () => {
  // A learner with nothing done but progress stored (ticked, then unticked): restoring it
  // gives an equal `done`, but not the same object as the store's initial one.
  const storage = new MemoryStorage();
  storage.setItem(PROGRESS_KEY, JSON.stringify({ state: { done: {} }, version: 2 }));
  const { services: app } = createTestServices({ storage });
  expect(app.progress.getInitialState().done).not.toBe(app.progress.getState().done);

  const tree = (
    <ServicesContext value={app}>
      <Probe />
    </ServicesContext>
  );
  const container = document.createElement("div");
  container.innerHTML = renderToString(tree);
  document.body.append(container);
  expect(container.textContent).toBe("outline: 0 done");

  window.location.hash = "#/";
  renders = 0;
  const root = await hydrateWithoutErrors(container, tree);
  expect(container.textContent).toBe("outline: 0 done");
  expect(renders).toBe(1);
  act(() => root.unmount());
  container.remove();
});
