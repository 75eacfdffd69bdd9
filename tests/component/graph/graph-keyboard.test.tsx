import { screen, waitFor, within } from "@testing-library/react";
import { GraphView } from "../../../src/ui/graph/graph-view";
import { renderApp, renderWithServices } from "../render-app";
import { graphCurriculum, graphLayout } from "./fixture-graph";

const base = { curriculum: graphCurriculum, layout: graphLayout, lang: "en" } as const;

function link(id: string): HTMLElement {
  const item = document.querySelector<HTMLElement>(`.graph-node[data-topic-id="${id}"]`);
  if (!item) throw new Error(`no graph node for ${id}`);
  return within(item).getByRole("link");
}

function state(id: string): string | undefined {
  return document.querySelector<HTMLElement>(`.graph-node[data-topic-id="${id}"]`)?.dataset.state;
}

describe("graph view: keyboard", () => {
  it("tabs from the canvas through the topics in topological order", async () => {
    const { user } = await renderWithServices(<GraphView />, base);
    const canvas = await screen.findByRole("region", { name: "Prerequisite graph" });
    canvas.focus();
    const visited: (string | undefined)[] = [];
    for (const _ of graphCurriculum.order) {
      await user.tab();
      visited.push(document.activeElement?.closest<HTMLElement>(".graph-node")?.dataset.topicId);
    }
    expect(visited).toEqual(graphCurriculum.order);
    // Requirements come before what needs them.
    expect(visited.indexOf("rnn")).toBeLessThan(visited.indexOf("attention"));
  });

  it("opens the topic page with Enter", async () => {
    const { user } = await renderApp({ ...base, route: "#/graph" });
    await screen.findByRole("region", { name: "Prerequisite graph" });
    link("neural-nets").focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(window.location.hash).toBe("#/topic/neural-nets"));
    expect(
      await screen.findByRole("heading", { level: 1, name: /Neural networks/ }),
    ).toBeInTheDocument();
  });

  it("ticks and unticks with Space, announces what unlocked, and keeps focus", async () => {
    const { user, services } = await renderWithServices(<GraphView />, {
      ...base,
      done: ["algebra"],
    });
    await screen.findByRole("region", { name: "Prerequisite graph" });
    link("calculus").focus();
    await user.keyboard(" ");
    expect(state("calculus")).toBe("done");
    expect(state("neural-nets")).toBe("available");
    expect(Object.keys(services.progress.getState().done).sort()).toEqual(["algebra", "calculus"]);
    expect(screen.getByRole("status")).toHaveTextContent("Now available: Neural networks");
    expect(link("calculus")).toHaveFocus();
    expect(link("calculus")).toHaveAccessibleName(expect.stringContaining("Calculus — Done"));

    await user.keyboard(" ");
    expect(state("calculus")).toBe("available");
    expect(state("neural-nets")).toBe("locked");
    expect(Object.keys(services.progress.getState().done)).toEqual(["algebra"]);
  });

  it("ticks with a click on the node's round checkbox", async () => {
    const { user, services } = await renderWithServices(<GraphView />, base);
    await screen.findByRole("region", { name: "Prerequisite graph" });
    await user.click(screen.getByRole("checkbox", { name: "Linear algebra" }));
    expect(state("algebra")).toBe("done");
    expect(services.progress.getState().done).toHaveProperty("algebra");
    expect(screen.getByRole("checkbox", { name: "Linear algebra" })).toBeChecked();
  });

  it("a tick on the graph shows on the outline", async () => {
    const { user } = await renderApp({ ...base, route: "#/graph" });
    await screen.findByRole("region", { name: "Prerequisite graph" });
    link("calculus").focus();
    await user.keyboard(" ");
    await user.click(screen.getByRole("link", { name: "Outline" }));
    const row = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('.outline [data-topic-id="calculus"]');
      if (!found) throw new Error("outline not shown yet");
      return found;
    });
    expect(row.dataset.state).toBe("done");
    expect(within(row).getByRole("checkbox", { name: /Calculus/ })).toBeChecked();
  });

  it("zooms with + and - and the buttons, and fits with 0", async () => {
    const { user } = await renderWithServices(<GraphView />, base);
    const canvas = await screen.findByRole("region", { name: "Prerequisite graph" });
    const zoom = () => screen.getByText(/^Zoom \d+%$/).textContent;
    const start = zoom();
    canvas.focus();
    await user.keyboard("+");
    expect(zoom()).not.toBe(start);
    await user.keyboard("-");
    expect(zoom()).toBe(start);
    await user.click(screen.getByRole("button", { name: "Zoom in" }));
    await user.click(screen.getByRole("button", { name: "Zoom in" }));
    expect(zoom()).toBe("Zoom 156%");
    await user.click(screen.getByRole("button", { name: "Zoom out" }));
    expect(zoom()).toBe("Zoom 125%");
    canvas.focus();
    await user.keyboard("0");
    expect(zoom()).toBe(start);
  });
});

describe("graph view: read-only progress", () => {
  it("shows the given progress and never changes the learner's own", async () => {
    const shared = new Set(["algebra", "calculus"]);
    const { user, services } = await renderWithServices(<GraphView done={shared} readOnly />, {
      ...base,
      done: ["probability"],
    });
    await screen.findByRole("region", { name: "Prerequisite graph" });
    expect(state("calculus")).toBe("done");
    expect(state("neural-nets")).toBe("available");
    expect(state("probability")).toBe("available");
    expect(screen.getByRole("checkbox", { name: "Calculus" })).toBeDisabled();
    link("neural-nets").focus();
    await user.keyboard(" ");
    expect(state("neural-nets")).toBe("available");
    expect(Object.keys(services.progress.getState().done)).toEqual(["probability"]);
  });
});

describe("graph view: fit to screen", () => {
  afterEach(() => vi.restoreAllMocks());

  it("opens on the path at a readable zoom, fits the whole graph on 0 and with Show all", async () => {
    // jsdom has no layout: give every element a 300 x 200 box.
    vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(300);
    vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(200);
    const { user } = await renderWithServices(<GraphView />, base);
    const canvas = await screen.findByRole("region", { name: "Prerequisite graph" });
    // The path does not fit 300 x 200 at a readable size: the view opens at the readable floor.
    expect(screen.getByText(/^Zoom \d+%$/)).toHaveTextContent("Zoom 79%");
    canvas.focus();
    await user.keyboard("0");
    // min((300 - 16) / 500, (200 - 16) / 400) = 0.46 for the fixture layout.
    expect(graphLayout).toMatchObject({ width: 500, height: 400 });
    expect(screen.getByText(/^Zoom \d+%$/)).toHaveTextContent("Zoom 46%");
    await user.click(screen.getByRole("button", { name: "Fit the path" }));
    const path = Number(/\d+/.exec(screen.getByText(/^Zoom \d+%$/).textContent ?? "")?.[0]);
    expect(path).toBeGreaterThan(46);
    await user.click(screen.getByRole("button", { name: "Show all" }));
    expect(screen.getByText(/^Zoom \d+%$/)).toHaveTextContent("Zoom 46%");
  });
});
