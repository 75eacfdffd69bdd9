/**
 * Ticking and its feedback arrive with the deferred chunk right after the first paint. A tick
 * made before it has arrived must not be lost: it is made, and reported, once the code arrives.
 * Meanwhile the box shows the learner's click; if the code never arrives, it goes back.
 */
import { act, screen, within } from "@testing-library/react";
import { vi } from "vitest";
import type { DeferredParts } from "../../../src/ui/components/deferred";
import { renderApp } from "../render-app";

// Holds every tick back, as if the deferred chunk were still on its way. Like the real
// withDeferred, a held tick returns a promise settled once it has run (or been given up).
const waiting = vi.hoisted(
  () => [] as { use: (parts: DeferredParts) => void; settle: () => void }[],
);

vi.mock("../../../src/ui/components/deferred", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../../src/ui/components/deferred")>();
  return {
    ...actual,
    withDeferred: (use: (parts: DeferredParts) => void) =>
      new Promise<void>((settle) => {
        waiting.push({ use, settle });
      }),
  };
});

const box = (name: string) => screen.getByRole<HTMLInputElement>("checkbox", { name });

function row(id: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[data-topic-id="${id}"]`);
  if (!element) throw new Error(`no outline row for ${id}`);
  return element;
}

/** Lets the deferred chunk "arrive": runs the held ticks with the real parts, in order. */
async function arrive() {
  const { loadDeferred } = await vi.importActual<
    typeof import("../../../src/ui/components/deferred")
  >("../../../src/ui/components/deferred");
  await settleHeld(await loadDeferred());
}

/** The deferred chunk failed to load: the held ticks are given up. */
function fail() {
  return settleHeld(undefined);
}

/** Settles the held ticks in order, running each first when the parts have arrived. */
async function settleHeld(parts: DeferredParts | undefined) {
  await act(async () => {
    for (const { use, settle } of waiting.splice(0)) {
      if (parts) use(parts);
      settle();
    }
  });
}

describe("ticking before the ticking code has arrived", () => {
  it("makes and reports each change, in order, when the code arrives", async () => {
    const { user, services } = renderApp({ lang: "en", done: ["calculus"] });
    await user.click(screen.getByRole("checkbox", { name: "Linear algebra" }));
    await user.click(screen.getByRole("checkbox", { name: "Calculus" }));

    // The boxes show the clicks at once; nothing has changed yet, and nothing was said.
    expect(box("Linear algebra").checked).toBe(true);
    expect(box("Calculus").checked).toBe(false);
    expect(row("algebra")).toHaveAttribute("data-state", "available");
    expect(row("calculus")).toHaveAttribute("data-state", "done");
    expect(Object.keys(services.progress.getState().done)).toEqual(["calculus"]);
    expect(screen.getByRole("status").textContent).toBe("");
    expect(waiting).toHaveLength(2);

    await arrive();
    expect(Object.keys(services.progress.getState().done)).toEqual(["algebra"]);
    expect(row("algebra")).toHaveAttribute("data-state", "done");
    expect(row("calculus")).toHaveAttribute("data-state", "available");
    expect(box("Linear algebra").checked).toBe(true);
    expect(box("Calculus").checked).toBe(false);
    expect(screen.getByRole("status")).toHaveTextContent("Marked “Calculus” as not done.");
    // The latest change's toast is the one left, so its Undo means that change.
    const toasts = screen.getByRole("region", { name: "Notifications" });
    expect(within(toasts).getByText(/Marked “Calculus” as not done\./)).toBeVisible();
    expect(within(toasts).queryByText(/Marked “Linear algebra” as done\./)).toBeNull();
  });

  it("says what the early tick unlocked", async () => {
    const { user } = renderApp({ lang: "en", done: ["calculus"] });
    await user.click(screen.getByRole("checkbox", { name: "Linear algebra" }));
    await arrive();
    expect(row("neural-nets")).toHaveAttribute("data-state", "available");
    expect(screen.getByRole("status")).toHaveTextContent(
      "Marked “Linear algebra” as done. Now available: Neural networks.",
    );
  });

  it("puts a box back when the ticking code never arrives", async () => {
    const { user, services } = renderApp({ lang: "en", done: ["calculus"] });
    await user.click(screen.getByRole("checkbox", { name: "Linear algebra" }));
    await user.click(screen.getByRole("checkbox", { name: "Calculus" }));
    expect(box("Linear algebra").checked).toBe(true);
    expect(box("Calculus").checked).toBe(false);

    await fail();
    expect(box("Linear algebra").checked).toBe(false);
    expect(box("Calculus").checked).toBe(true);
    expect(Object.keys(services.progress.getState().done)).toEqual(["calculus"]);
  });
});
