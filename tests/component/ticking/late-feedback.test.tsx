/**
 * The tick feedback arrives with the deferred chunk right after the first paint. A tick made
 * before it has arrived must still change progress at once, and be reported once it arrives.
 */
import { act, screen, within } from "@testing-library/react";
import { vi } from "vitest";
import type { DeferredParts } from "../../../src/ui/components/deferred";
import { renderApp } from "../render-app";

// Holds every feedback call back, as if the deferred chunk were still on its way.
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

/** Lets the deferred chunk "arrive": runs the held feedback calls with the real parts. */
async function arrive() {
  const { loadDeferred } = await vi.importActual<
    typeof import("../../../src/ui/components/deferred")
  >("../../../src/ui/components/deferred");
  const parts = await loadDeferred();
  act(() => {
    for (const use of waiting.splice(0)) use(parts);
  });
}

describe("ticking before the feedback code has arrived", () => {
  it("changes progress at once and reports each change when the code arrives", async () => {
    const { user, services } = renderApp({ lang: "en", done: ["calculus"] });
    await user.click(screen.getByRole("checkbox", { name: "Linear algebra" }));

    // Progress and the outline changed without waiting.
    expect(row("algebra")).toHaveAttribute("data-state", "done");
    expect(row("neural-nets")).toHaveAttribute("data-state", "available");
    expect(Object.keys(services.progress.getState().done).sort()).toEqual(["algebra", "calculus"]);
    expect(screen.getByRole("status").textContent).toBe("");

    // A second change before the code arrives is reported for what it was, too.
    await user.click(screen.getByRole("checkbox", { name: "Calculus" }));
    expect(row("calculus")).toHaveAttribute("data-state", "available");
    expect(waiting).toHaveLength(2);

    await arrive();
    const status = screen.getByRole("status");
    expect(status).toHaveTextContent("Marked “Calculus” as not done.");
    // The latest change's toast is the one left, so its Undo means that change.
    const toasts = screen.getByRole("region", { name: "Notifications" });
    expect(within(toasts).getByText(/Marked “Calculus” as not done\./)).toBeVisible();
    expect(within(toasts).queryByText(/Now available: Neural networks\./)).toBeNull();
  });

  it("says what the early tick unlocked", async () => {
    const { user } = renderApp({ lang: "en", done: ["calculus"] });
    await user.click(screen.getByRole("checkbox", { name: "Linear algebra" }));
    await arrive();
    expect(screen.getByRole("status")).toHaveTextContent(
      "Marked “Linear algebra” as done. Now available: Neural networks.",
    );
  });
});
