/**
 * The deferred chunk (tick feedback, toasts, notices, share controls) failing to load once —
 * offline, say — must not keep its parts out of the page after a later load succeeds.
 */
import { act, render, screen } from "@testing-library/react";
import { loadDeferred, useDeferred } from "../../../src/ui/components/deferred";

let failWriteSide = true;
vi.mock("../../../src/progress/load-write-side", async (original) => {
  const real = await original<typeof import("../../../src/progress/load-write-side")>();
  return {
    ...real,
    loadWriteSide: () =>
      failWriteSide ? Promise.reject(new Error("offline")) : real.loadWriteSide(),
  };
});

function Probe() {
  return <p>{useDeferred() ? "parts loaded" : "waiting"}</p>;
}

it("shows the deferred parts once any later load succeeds", async () => {
  render(<Probe />);
  await act(async () => {
    await loadDeferred().catch(() => {});
  });
  expect(screen.getByText("waiting")).toBeInTheDocument();

  // Back online: a tick (or a view) loads the chunk; the component that asked first gets it.
  failWriteSide = false;
  await act(async () => {
    await loadDeferred();
  });
  expect(await screen.findByText("parts loaded")).toBeInTheDocument();
});
