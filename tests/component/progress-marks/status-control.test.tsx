import { act, screen, within } from "@testing-library/react";
import { renderApp, waitUntilLoaded } from "../render-app";
import { row, storageWith } from "./helpers";

async function goTo(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  });
  await waitUntilLoaded();
}

describe("the Status control and marks", () => {
  it("sets each of the four marks; rows show known and in progress by icon and text", async () => {
    const { user, services } = await renderApp({ lang: "en", route: "#/topic/calculus" });
    const status = await screen.findByRole("radiogroup", { name: "Status" });
    const names = within(status)
      .getAllByRole("radio")
      .map((radio) => radio.closest("label")?.textContent);
    expect(names).toEqual(["Not started", "In progress", "Done", "Known"]);
    expect(within(status).getByRole("radio", { name: "Not started" })).toBeChecked();

    await user.click(within(status).getByRole("radio", { name: "In progress" }));
    expect(services.progress.getState().inProgress).toHaveProperty("calculus");
    expect(within(status).getByRole("radio", { name: "In progress" })).toBeChecked();

    await user.click(within(status).getByRole("radio", { name: "Known" }));
    expect(services.progress.getState().known).toHaveProperty("calculus");
    expect(services.progress.getState().inProgress).not.toHaveProperty("calculus");

    await goTo("#/");
    expect(row("calculus")).toHaveAttribute("data-state", "done");
    expect(row("calculus")).toHaveAttribute("data-mark", "known");
    expect(within(row("calculus")).getByText("Known")).toBeInTheDocument();
    // The checkbox counts known as done.
    expect(screen.getByRole("checkbox", { name: "Calculus" })).toBeChecked();
  });

  it("reads and changes a mark kept under a topic's former id (a rename with aliases)", async () => {
    // Ticked as "nn" before the topic was renamed "neural-nets".
    const { user, services } = await renderApp({
      lang: "en",
      done: ["algebra", "calculus", "nn"],
      route: "#/topic/neural-nets",
    });
    const status = await screen.findByRole("radiogroup", { name: "Status" });
    expect(within(status).getByRole("radio", { name: "Done" })).toBeChecked();

    await user.click(within(status).getByRole("radio", { name: "Known" }));
    expect(within(status).getByRole("radio", { name: "Known" })).toBeChecked();
    const state = () => services.progress.getState();
    expect(state().known).toHaveProperty("neural-nets");
    expect(state().done).not.toHaveProperty("nn");

    await user.click(within(status).getByRole("radio", { name: "Not started" }));
    expect(within(status).getByRole("radio", { name: "Not started" })).toBeChecked();
    expect(Object.keys(state().done).sort()).toEqual(["algebra", "calculus"]);

    // Back to done under the former id, then "Not started" in one step, undone in one step.
    act(() => {
      state().tick(["nn"]);
    });
    await user.click(within(status).getByRole("radio", { name: "In progress" }));
    expect(state().inProgress).toHaveProperty("neural-nets");
    expect(state().done).not.toHaveProperty("nn");
    act(() => {
      state().undo();
    });
    expect(state().done).toHaveProperty("nn");
    expect(state().inProgress).not.toHaveProperty("neural-nets");
  });

  it("the checkbox toggles between not started and done, with no mark attribute", async () => {
    const { user } = await renderApp({ lang: "en" });
    await user.click(screen.getByRole("checkbox", { name: "Calculus" }));
    expect(row("calculus")).toHaveAttribute("data-state", "done");
    expect(row("calculus")).not.toHaveAttribute("data-mark");
    await user.click(screen.getByRole("checkbox", { name: "Calculus" }));
    expect(row("calculus")).toHaveAttribute("data-state", "available");
    expect(row("calculus")).not.toHaveAttribute("data-mark");
  });

  it("filters the outline by In progress and Known", async () => {
    const { user, services } = await renderApp({ lang: "en", done: ["algebra"] });
    act(() => {
      services.progress.getState().setMark("calculus", "in-progress");
      services.progress.getState().setMark("probability", "known");
    });
    expect(row("calculus")).toHaveAttribute("data-mark", "in-progress");
    expect(within(row("calculus")).getByText("In progress")).toBeInTheDocument();

    await user.click(screen.getByRole("radio", { name: "In progress" }));
    const shown = () =>
      [...document.querySelectorAll<HTMLElement>(".topic-row")].map((li) => li.dataset.topicId);
    expect(shown()).toEqual(["calculus"]);
    await user.click(screen.getByRole("radio", { name: "Known" }));
    expect(shown()).toEqual(["probability"]);
    // "Done" still includes known topics.
    await user.click(screen.getByRole("radio", { name: "Done" }));
    expect(shown()).toEqual(["algebra", "probability"]);
  });

  it("speaks Chinese: 状态 with 未开始, 学习中, 已完成, 已掌握", async () => {
    const { user, services } = await renderApp({ lang: "zh", route: "#/topic/algebra" });
    const status = await screen.findByRole("radiogroup", { name: "状态" });
    for (const name of ["未开始", "学习中", "已完成", "已掌握"]) {
      expect(within(status).getByRole("radio", { name })).toBeInTheDocument();
    }
    await user.click(within(status).getByRole("radio", { name: "学习中" }));
    expect(services.progress.getState().inProgress).toHaveProperty("algebra");
  });

  it("reads a mark kept under a topic's former id (renamed with aliases)", async () => {
    const storage = storageWith((store) => {
      store.getState().setMarks([
        ["algebra", "known"],
        ["calculus", "known"],
        ["nn", "known"],
      ]);
    });
    await renderApp({ lang: "en", storage, route: "#/topic/neural-nets" });
    const status = await screen.findByRole("radiogroup", { name: "Status" });
    expect(within(status).getByRole("radio", { name: "Known" })).toBeChecked();
    await goTo("#/");
    expect(row("neural-nets")).toHaveAttribute("data-state", "done");
    expect(row("neural-nets")).toHaveAttribute("data-mark", "known");
  });
});
