import { screen, within } from "@testing-library/react";
import { PROGRESS_KEY, renderApp } from "../render-app";

function row(id: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[data-topic-id="${id}"]`);
  if (!element) throw new Error(`no outline row for ${id}`);
  return element;
}

/** The toast region, once a toast has brought it (its code loads with the first toast). */
function toasts(): Promise<HTMLElement> {
  return screen.findByRole("region", { name: "Notifications" });
}

describe("ticking a topic", () => {
  it("announces every topic that has just become available, and shows it for a moment", async () => {
    const { user } = await renderApp({ lang: "en", done: ["calculus"] });
    await user.click(screen.getByRole("checkbox", { name: "Linear algebra" }));

    expect(row("algebra")).toHaveAttribute("data-state", "done");
    expect(row("neural-nets")).toHaveAttribute("data-state", "available");
    const status = screen.getByRole("status");
    expect(status).toHaveTextContent("Now available: Neural networks.");
    expect(within(await toasts()).getByText(/Now available: Neural networks\./)).toBeVisible();
  });

  it("lists several newly available topics in reading order", async () => {
    const { user } = await renderApp({ lang: "en", done: ["algebra", "calculus"] });
    await user.click(screen.getByRole("checkbox", { name: "Neural networks" }));
    expect(screen.getByRole("status")).toHaveTextContent(
      "Now available: Generative adversarial networks, Recurrent networks.",
    );
  });

  it("says when nothing new unlocked", async () => {
    const { user } = await renderApp({ lang: "en" });
    await user.click(screen.getByRole("checkbox", { name: "Calculus" }));
    expect(screen.getByRole("status")).toHaveTextContent("Nothing new unlocked.");
  });

  it("announces in the reading language", async () => {
    const { user } = await renderApp({ lang: "zh", done: ["calculus"] });
    await user.click(screen.getByRole("checkbox", { name: "线性代数" }));
    // Chinese sentences follow one another with no space after "。".
    expect(screen.getByRole("status").textContent).toBe(
      "已将“线性代数”标为已完成。现在可以学：神经网络。",
    );
  });

  it("asks before ticking a locked topic; marking its prerequisites known ticks them with it", async () => {
    const { user, services } = await renderApp({ lang: "en", done: ["algebra"] });
    await user.click(screen.getByRole("checkbox", { name: "Recurrent networks" }));

    // Nothing changes until the learner answers.
    const dialog = await screen.findByRole("dialog");
    expect(row("rnn")).toHaveAttribute("data-state", "locked");
    expect(within(dialog).getByText("Calculus")).toBeInTheDocument();
    expect(within(dialog).getByText("Neural networks")).toBeInTheDocument();

    await user.click(within(dialog).getByRole("button", { name: "Mark them as known too" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(row("rnn")).toHaveAttribute("data-state", "done");
    expect(row("calculus")).toHaveAttribute("data-mark", "known");
    expect(row("neural-nets")).toHaveAttribute("data-mark", "known");
    expect(Object.keys(services.progress.getState().done).sort()).toEqual([
      "algebra",
      "calculus",
      "neural-nets",
      "rnn",
    ]);
    // The anyOf group was already satisfied by algebra, so probability is not added.
    expect(row("probability")).toHaveAttribute("data-state", "available");
    expect(screen.getByRole("status")).toHaveTextContent("Also marked 2 prerequisites as known.");
  });

  it("says so when unticking a topic that done topics build on, and leaves them done", async () => {
    const { user } = await renderApp({ lang: "en", done: ["algebra", "calculus", "neural-nets"] });
    await user.click(screen.getByRole("checkbox", { name: "Calculus" }));

    expect(row("calculus")).toHaveAttribute("data-state", "available");
    expect(row("neural-nets")).toHaveAttribute("data-state", "done");
    expect(
      within(row("neural-nets")).getByText("Done (a prerequisite is not)"),
    ).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent(
      "Note: Neural networks builds on it and stays done.",
    );
  });

  it("does not warn when nothing done builds on the unticked topic", async () => {
    const { user } = await renderApp({ lang: "en", done: ["algebra"] });
    await user.click(screen.getByRole("checkbox", { name: "Linear algebra" }));
    expect(screen.getByRole("status")).toHaveTextContent("Marked “Linear algebra” as not done.");
    expect(screen.getByRole("status")).not.toHaveTextContent("Note:");
  });

  it.each([
    ["a tick", [] as string[], "Calculus", "available"],
    ["an untick", ["calculus"], "Calculus", "done"],
  ])("undoes %s from the toast", async (_label, done, name, restored) => {
    const { user, services } = await renderApp({ lang: "en", done });
    await user.click(screen.getByRole("checkbox", { name }));
    await user.click(within(await toasts()).getByRole("button", { name: "Undo" }));

    expect(row("calculus")).toHaveAttribute("data-state", restored);
    expect(Object.keys(services.progress.getState().done)).toEqual(done);
    expect(screen.getByRole("status")).toHaveTextContent("Undone.");
  });

  it("keeps only the latest change's toast, so Undo always means that change", async () => {
    const { user } = await renderApp({ lang: "en" });
    await user.click(screen.getByRole("checkbox", { name: "Calculus" }));
    await user.click(screen.getByRole("checkbox", { name: "Linear algebra" }));
    expect(within(await toasts()).getAllByRole("button", { name: "Undo" })).toHaveLength(1);
    await user.click(within(await toasts()).getByRole("button", { name: "Undo" }));
    expect(row("algebra")).toHaveAttribute("data-state", "available");
    expect(row("calculus")).toHaveAttribute("data-state", "done");
  });

  it("unticks a topic stored under a former id (alias)", async () => {
    const { user, services } = await renderApp({ lang: "en", done: ["algebra", "calculus", "nn"] });
    const box = screen.getByRole("checkbox", { name: "Neural networks" });
    expect(box).toBeChecked();
    await user.click(box);
    expect(box).not.toBeChecked();
    expect(Object.keys(services.progress.getState().done).sort()).toEqual(["algebra", "calculus"]);
  });

  it("persists ticks to storage", async () => {
    const { user, storage } = await renderApp({ lang: "en" });
    await user.click(screen.getByRole("checkbox", { name: "Calculus" }));
    expect(storage?.data.get(PROGRESS_KEY)).toContain('"calculus"');
  });

  it("works from the keyboard", async () => {
    const { user } = await renderApp({ lang: "en" });
    screen.getByRole("checkbox", { name: "Calculus" }).focus();
    await user.keyboard(" ");
    expect(row("calculus")).toHaveAttribute("data-state", "done");
    expect(screen.getByRole("checkbox", { name: "Calculus" })).toHaveFocus();
  });
});
