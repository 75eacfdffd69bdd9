import { cleanup, screen, waitFor, within } from "@testing-library/react";
import { nextUpGroups } from "../../../src/graph";
import { createGraph } from "../../../src/graph";
import { fixtureCurriculum, MemoryStorage, renderApp } from "../render-app";

const welcome = () => screen.queryByRole("region", { name: "Welcome" });

describe("first-visit welcome", () => {
  it("greets a learner with no progress: what this is, what the marks mean", async () => {
    const { user } = await renderApp({ lang: "en" });
    const panel = welcome();
    expect(panel).not.toBeNull();
    expect(
      within(panel as HTMLElement).getByText(/“Test curriculum” is a study path/),
    ).toBeVisible();
    expect(within(panel as HTMLElement).getByText(/^Locked: /)).not.toBeVisible();
    await user.click(within(panel as HTMLElement).getByText("What the marks mean"));
    expect(within(panel as HTMLElement).getByText(/^Locked: /)).toBeVisible();
    expect(within(panel as HTMLElement).getByText(/^Available: /)).toBeVisible();
  });

  it("starts at the plan's first topic", async () => {
    const { user } = await renderApp({ lang: "en" });
    const graph = createGraph(fixtureCurriculum);
    const first = nextUpGroups(graph, [], "attention").onPath[0] as string;
    const title = graph.topic(first)?.title.en as string;
    await user.click(screen.getByRole("button", { name: `Start with “${title}”` }));
    await waitFor(() => expect(window.location.hash).toBe(`#/topic/${first}`));
    expect(await screen.findByRole("heading", { level: 1, name: title })).toBeInTheDocument();
  });

  it("is not shown once the learner has progress", async () => {
    await renderApp({ lang: "en", done: ["algebra"] });
    expect(welcome()).toBeNull();
  });

  it("stays hidden for good once dismissed, also after a reload", async () => {
    const storage = new MemoryStorage();
    const { user } = await renderApp({ lang: "en", storage });
    await user.click(screen.getByRole("button", { name: "Hide this welcome" }));
    expect(welcome()).toBeNull();
    cleanup();
    await renderApp({ lang: "en", storage });
    expect(screen.getByRole("heading", { level: 1, name: "Outline" })).toBeInTheDocument();
    expect(welcome()).toBeNull();
  });

  it("hands focus to Next up, in its place, when hidden by keyboard", async () => {
    const { user } = await renderApp({ lang: "en" });
    screen.getByRole("button", { name: "Hide this welcome" }).focus();
    await user.keyboard("{Enter}");
    const nextUp = await screen.findByRole("region", { name: "Next up" });
    await waitFor(() =>
      expect(within(nextUp).getByRole("heading", { level: 2, name: "Next up" })).toHaveFocus(),
    );
  });

  it("speaks Chinese in the Chinese UI", async () => {
    await renderApp({ lang: "zh" });
    expect(screen.getByRole("region", { name: "欢迎" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "不再显示欢迎" })).toBeInTheDocument();
  });
});
