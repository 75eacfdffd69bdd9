import { screen, within } from "@testing-library/react";
import { Outline } from "../../../src/ui/outline/outline";
import { fixtureCurriculum, renderApp, renderWithServices } from "../render-app";

const SHARED_DONE = new Set(["algebra", "calculus", "neural-nets"]);

function Shared() {
  return <Outline done={SHARED_DONE} readOnly />;
}

function row(id: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[data-topic-id="${id}"]`);
  if (!element) throw new Error(`no outline row for ${id}`);
  return element;
}

describe("outline", () => {
  it("shows every topic once, grouped by section in order, with its state", async () => {
    await renderApp({ lang: "en", done: ["algebra"] });
    const ids = [...document.querySelectorAll("[data-topic-id]")].map((el) =>
      el.getAttribute("data-topic-id"),
    );
    expect(ids.sort()).toEqual(fixtureCurriculum.topics.map((t) => t.id).sort());

    const sections = screen.getAllByRole("heading", { level: 2, name: /^(Basics|Advanced)$/ });
    expect(sections.map((h) => h.textContent)).toEqual(["Basics", "Advanced"]);
    const basics = sections[0]?.closest("section");
    expect(basics && within(basics).getByRole("checkbox", { name: "Calculus" })).toBeTruthy();

    expect(row("algebra")).toHaveAttribute("data-state", "done");
    expect(row("calculus")).toHaveAttribute("data-state", "available");
    expect(row("neural-nets")).toHaveAttribute("data-state", "locked");
  });

  it.each([
    ["algebra", "Done"],
    ["calculus", "Available"],
    ["attention", "Locked"],
  ])("says the state of %s in words (%s), not by colour alone", async (id, word) => {
    await renderApp({ lang: "en", done: ["algebra"] });
    expect(within(row(id)).getByText(word)).toBeInTheDocument();
  });

  it("names each checkbox by the topic title and links the title to its page", async () => {
    await renderApp({ lang: "en" });
    const box = screen.getByRole("checkbox", { name: "Neural networks" });
    expect(box).not.toBeChecked();
    const link = within(row("neural-nets")).getByRole("link", { name: "Neural networks" });
    expect(link).toHaveAttribute("href", "#/topic/neural-nets");
  });

  it("shows hours and whether a topic is from the article, an extension or an elective", async () => {
    await renderApp({ lang: "en" });
    expect(within(row("neural-nets")).getByText("6 h")).toBeInTheDocument();
    expect(within(row("neural-nets")).getByText("From the article")).toBeInTheDocument();
    expect(within(row("probability")).getByText("Extension")).toBeInTheDocument();
    expect(within(row("gan")).getByText("Elective")).toBeInTheDocument();
    expect(within(row("algebra")).queryByText("Elective")).not.toBeInTheDocument();
  });

  it("counts required topics and electives apart, overall and per section", async () => {
    await renderApp({ lang: "en", done: ["algebra", "calculus", "gan"] });
    expect(screen.getByRole("progressbar", { name: "Required topics" })).toHaveAttribute(
      "aria-valuetext",
      "2 of 6",
    );
    expect(screen.getByRole("progressbar", { name: "Electives" })).toHaveAttribute(
      "aria-valuetext",
      "1 of 1",
    );
    expect(screen.getByRole("progressbar", { name: "Basics: required topics" })).toHaveAttribute(
      "aria-valuetext",
      "2 of 3",
    );
    expect(screen.getByRole("progressbar", { name: "Advanced: required topics" })).toHaveAttribute(
      "aria-valuetext",
      "0 of 3",
    );
    expect(screen.getByText("Required study time: 7 of 28 hours done")).toBeInTheDocument();
  });

  it("lists the engine's next-up topics, only available ones", async () => {
    await renderApp({ lang: "en", done: ["algebra", "calculus"] });
    const panel = screen.getByRole("region", { name: "Next up" });
    const lists = within(panel).getAllByRole("list");
    const items = lists.flatMap((list) => within(list).getAllByRole("link"));
    const names = items.map((link) => link.textContent);
    // neural-nets is on the way to the goal (attention), so it comes first.
    expect(names[0]).toBe("Neural networks");
    expect(names).not.toContain("Linear algebra");
    expect(names).not.toContain("Attention");
  });

  it("renders someone else's progress read-only without touching the learner's own", async () => {
    const { user, services } = await renderWithServices(<Shared />, {
      lang: "en",
      done: ["probability"],
    });
    expect(row("neural-nets")).toHaveAttribute("data-state", "done");
    expect(row("probability")).toHaveAttribute("data-state", "available");
    const box = screen.getByRole("checkbox", { name: "Linear algebra" });
    expect(box).toBeChecked();
    expect(box).toBeDisabled();
    await user.click(box);
    expect(Object.keys(services.progress.getState().done)).toEqual(["probability"]);
  });
});
