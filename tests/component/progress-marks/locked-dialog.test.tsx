import { screen, within } from "@testing-library/react";
import { missingPrerequisites } from "../../../src/graph";
import { renderApp } from "../render-app";
import { findToasts, row } from "./helpers";

describe("ticking a locked topic asks first", () => {
  it("names the unmet prerequisites the plan would take and traps focus", async () => {
    const { user, services } = await renderApp({ lang: "en" });
    const checkbox = screen.getByRole("checkbox", { name: "Recurrent networks" });
    await user.click(checkbox);
    const dialog = await screen.findByRole("dialog");

    const expected = missingPrerequisites(services.graph, [], "rnn").map(
      (id) => services.graph.topic(id)?.title.en ?? services.graph.topic(id)?.title.zh,
    );
    const named = within(dialog)
      .getAllByRole("listitem")
      .map((item) => item.textContent);
    expect(named).toEqual(expected);

    const known = within(dialog).getByRole("button", { name: "Mark them as known too" });
    const only = within(dialog).getByRole("button", { name: "Only this topic" });
    const cancel = within(dialog).getByRole("button", { name: "Cancel" });
    const close = within(dialog).getByRole("button", { name: "Close" });
    expect(known).toHaveFocus();
    await user.tab();
    expect(only).toHaveFocus();
    await user.tab();
    expect(cancel).toHaveFocus();
    await user.tab();
    expect(close).toHaveFocus(); // wrapped round, never out of the dialog
    await user.tab();
    expect(known).toHaveFocus();
    await user.tab({ shift: true });
    expect(close).toHaveFocus();
    await user.tab({ shift: true });
    expect(cancel).toHaveFocus();

    // Cancel: nothing changes, and focus goes back to the checkbox.
    await user.click(cancel);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(row("rnn")).toHaveAttribute("data-state", "locked");
    expect(services.progress.getState().done).toEqual({});
    expect(checkbox).toHaveFocus();
  });

  it("Only this topic marks it done alone; the row then says which prerequisites are not", async () => {
    const { user, services } = await renderApp({ lang: "en", done: ["calculus"] });
    await user.click(screen.getByRole("checkbox", { name: "Recurrent networks" }));
    const dialog = await screen.findByRole("dialog");
    await user.click(within(dialog).getByRole("button", { name: "Only this topic" }));

    expect(row("rnn")).toHaveAttribute("data-state", "done");
    expect(Object.keys(services.progress.getState().done).sort()).toEqual(["calculus", "rnn"]);
    const missing = missingPrerequisites(services.graph, ["calculus", "rnn"], "rnn");
    expect(missing.length).toBeGreaterThan(0);
    const note = within(row("rnn")).getByText(/^Done, but/);
    const links = within(note)
      .getAllByRole("link")
      .map((link) => link.getAttribute("href"));
    expect(links).toEqual(missing.map((id) => `#/topic/${id}`));
    expect(note).toHaveTextContent(/are not\.$/);
  });

  it("Mark them as known too: one undo step takes back the topic and its prerequisites", async () => {
    const { user, services } = await renderApp({ lang: "en" });
    await user.click(screen.getByRole("checkbox", { name: "Neural networks" }));
    const dialog = await screen.findByRole("dialog");
    await user.click(within(dialog).getByRole("button", { name: "Mark them as known too" }));

    expect(row("neural-nets")).toHaveAttribute("data-state", "done");
    expect(row("neural-nets")).not.toHaveAttribute("data-mark");
    expect(row("algebra")).toHaveAttribute("data-mark", "known");
    expect(row("calculus")).toHaveAttribute("data-mark", "known");
    expect(within(row("neural-nets")).queryByText(/^Done, but/)).not.toBeInTheDocument();

    const before = services.progress.getState().history.length;
    await user.click(await within(await findToasts()).findByRole("button", { name: "Undo" }));
    expect(services.progress.getState().history.length).toBe(before - 1);
    expect(services.progress.getState().done).toEqual({});
    expect(row("algebra")).not.toHaveAttribute("data-mark");
    expect(row("neural-nets")).toHaveAttribute("data-state", "locked");
  });

  it("the Status control asks too, in Chinese, and Known on a locked topic stays known", async () => {
    const { user, services } = await renderApp({ lang: "zh", route: "#/topic/neural-nets" });
    const status = await screen.findByRole("radiogroup", { name: "状态" });
    await user.click(within(status).getByRole("radio", { name: "已掌握" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByRole("button", { name: "也标为已掌握" })).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "取消" })).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "只标这一个" }));
    expect(services.progress.getState().known).toHaveProperty("neural-nets");
    expect(services.progress.getState().done).not.toHaveProperty("algebra");
    expect(within(status).getByRole("radio", { name: "已掌握" })).toBeChecked();
    // The topic page says which prerequisites are not done.
    expect(screen.getByText(/^已完成，但/)).toBeInTheDocument();
  });
});
