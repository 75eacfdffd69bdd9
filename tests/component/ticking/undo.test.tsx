import { act, fireEvent, screen, within } from "@testing-library/react";
import { markKindOf } from "../../../src/progress/marks";
import { renderApp } from "../render-app";

function row(id: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[data-topic-id="${id}"]`);
  if (!element) throw new Error(`no outline row for ${id}`);
  return element;
}

/** The toast region, once a toast has brought it (its code loads with the first toast). */
function toasts(): Promise<HTMLElement> {
  return screen.findByRole("region", { name: /Notifications|通知/ });
}

afterEach(() => vi.useRealTimers());

describe("undo from the keyboard", () => {
  it("Ctrl+Z undoes the last change as the toast's Undo does, once", async () => {
    const { user, services } = await renderApp({ lang: "en" });
    await user.click(screen.getByRole("checkbox", { name: "Calculus" }));
    await toasts();
    await user.click(screen.getByRole("checkbox", { name: "Linear algebra" }));
    await user.keyboard("{Control>}z{/Control}");

    expect(row("algebra")).toHaveAttribute("data-state", "available");
    expect(row("calculus")).toHaveAttribute("data-state", "done");
    expect(screen.getByRole("status")).toHaveTextContent("Undone.");
    expect(screen.queryByRole("button", { name: "Undo" })).not.toBeInTheDocument();
    // One step per change shown: the earlier tick stays.
    await user.keyboard("{Control>}z{/Control}");
    expect(Object.keys(services.progress.getState().done)).toEqual(["calculus"]);
  });

  it("⌘Z works too, also after the toast has gone", async () => {
    const { user } = await renderApp({ lang: "en", done: ["calculus"] });
    await user.click(screen.getByRole("checkbox", { name: "Calculus" }));
    await user.click(within(await toasts()).getByRole("button", { name: "Dismiss notification" }));
    await user.keyboard("{Meta>}z{/Meta}");
    expect(row("calculus")).toHaveAttribute("data-state", "done");
    expect(screen.getByRole("status")).toHaveTextContent("Undone.");
  });

  it("leaves Ctrl+Z to text fields", async () => {
    const { user, services } = await renderApp({ lang: "en" });
    await user.click(screen.getByRole("checkbox", { name: "Calculus" }));
    await toasts();
    await user.click(screen.getByRole("searchbox"));
    await user.keyboard("{Control>}z{/Control}");
    expect(Object.keys(services.progress.getState().done)).toEqual(["calculus"]);
  });

  it("does nothing while a dialog is open", async () => {
    const { user, services } = await renderApp({ lang: "en", done: ["algebra"] });
    await user.click(screen.getByRole("checkbox", { name: "Calculus" }));
    await toasts();
    await user.click(screen.getByRole("checkbox", { name: "Recurrent networks" }));
    await screen.findByRole("dialog");
    await user.keyboard("{Control>}z{/Control}");
    expect(Object.keys(services.progress.getState().done).sort()).toEqual(["algebra", "calculus"]);
  });

  it("does not undo a change the toast is not about", async () => {
    const { user, services } = await renderApp({ lang: "en" });
    await user.click(screen.getByRole("checkbox", { name: "Calculus" }));
    await toasts();
    act(() => void services.progress.getState().setMark("algebra", "in-progress"));
    await user.keyboard("{Control>}z{/Control}");
    expect(markKindOf(services.progress.getState(), "algebra")).toBe("in-progress");
    expect(Object.keys(services.progress.getState().done)).toEqual(["calculus"]);
  });

  it.each([
    ["en", "Calculus", "Undo", "Press Ctrl+Z to undo."],
    ["zh", "微积分", "撤销", "按 Ctrl+Z 撤销。"],
  ])("shows the shortcut on the toast (%s)", async (lang, name, undo, hint) => {
    const { user } = await renderApp({ lang });
    await user.click(screen.getByRole("checkbox", { name }));
    const toast = await toasts();
    expect(within(toast).getByRole("button", { name: undo })).toHaveAttribute(
      "aria-keyshortcuts",
      "Control+Z",
    );
    expect(within(toast).getByText(hint)).toBeVisible();
  });
});

describe("after Undo", () => {
  it("gives focus back to the checkbox whose tick was undone", async () => {
    const { user } = await renderApp({ lang: "en" });
    await user.click(screen.getByRole("checkbox", { name: "Calculus" }));
    await user.click(within(await toasts()).getByRole("button", { name: "Undo" }));
    expect(screen.getByRole("checkbox", { name: "Calculus" })).toHaveFocus();
  });
});

describe("the toast's countdown", () => {
  it("stays paused while focus is inside, even when the pointer leaves", async () => {
    const { user } = await renderApp({ lang: "en" });
    await user.click(screen.getByRole("checkbox", { name: "Calculus" }));
    const region = await toasts();
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    fireEvent.mouseEnter(region);
    act(() => within(region).getByRole("button", { name: "Undo" }).focus());
    fireEvent.mouseLeave(region);
    act(() => vi.advanceTimersByTime(60_000));
    expect(within(region).getByRole("button", { name: "Undo" })).toBeInTheDocument();
  });
});
