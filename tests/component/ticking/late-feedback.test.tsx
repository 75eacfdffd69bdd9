/**
 * Ticking and its feedback arrive with the deferred chunk right after the first paint. A tick
 * made before it has arrived must not be lost: it is made, and reported, once the code arrives.
 */
import { act, screen, within } from "@testing-library/react";
import { vi } from "vitest";
import type { DeferredParts } from "../../../src/ui/components/deferred";
import { renderApp } from "../render-app";

// Holds every tick back, as if the deferred chunk were still on its way.
const waiting = vi.hoisted(() => [] as ((parts: DeferredParts) => void)[]);

vi.mock("../../../src/ui/components/deferred", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../../src/ui/components/deferred")>();
  return {
    ...actual,
    withDeferred: (use: (parts: DeferredParts) => void) => {
      waiting.push(use);
    },
  };
});

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
  const parts = await loadDeferred();
  act(() => {
    for (const use of waiting.splice(0)) use(parts);
  });
}

describe("ticking before the ticking code has arrived", () => {
  it("makes and reports each change, in order, when the code arrives", async () => {
    const { user, services } = renderApp({ lang: "en", done: ["calculus"] });
    await user.click(screen.getByRole("checkbox", { name: "Linear algebra" }));
    await user.click(screen.getByRole("checkbox", { name: "Calculus" }));

    // Nothing has changed yet, and nothing was said.
    expect(row("algebra")).toHaveAttribute("data-state", "available");
    expect(row("calculus")).toHaveAttribute("data-state", "done");
    expect(Object.keys(services.progress.getState().done)).toEqual(["calculus"]);
    expect(screen.getByRole("status").textContent).toBe("");
    expect(waiting).toHaveLength(2);

    await arrive();
    expect(Object.keys(services.progress.getState().done)).toEqual(["algebra"]);
    expect(row("algebra")).toHaveAttribute("data-state", "done");
    expect(row("calculus")).toHaveAttribute("data-state", "available");
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
});
