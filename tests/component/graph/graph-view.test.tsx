import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { AppServices } from "../../../src/ui/app-context";
import { AppProviders } from "../../../src/ui/app-shell";
import { GraphView } from "../../../src/ui/graph/graph-view";
import { createTestServices, renderWithServices } from "../render-app";
import { graphCurriculum, graphLayout } from "./fixture-graph";

const base = { curriculum: graphCurriculum, layout: graphLayout, lang: "en" } as const;

/** The node element (list item) of a topic. */
function node(id: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`.graph-node[data-topic-id="${id}"]`);
  if (!element) throw new Error(`no graph node for ${id}`);
  return element;
}

async function graphLoaded() {
  return screen.findByRole("region", { name: "Prerequisite graph" });
}

describe("graph view: nodes and states", () => {
  it("draws every topic once as a node with its id and state", async () => {
    await renderWithServices(<GraphView />, { ...base, done: ["algebra"] });
    const canvas = await graphLoaded();
    const items = within(canvas).getAllByRole("listitem");
    expect(items.map((item) => item.dataset.topicId).sort()).toEqual(
      graphCurriculum.topics.map((t) => t.id).sort(),
    );
    const states = Object.fromEntries(
      items.map((item) => [item.dataset.topicId, item.dataset.state]),
    );
    expect(states).toEqual({
      algebra: "done",
      calculus: "available",
      probability: "available",
      "neural-nets": "locked",
      rnn: "locked",
      attention: "locked",
      gan: "locked",
    });
  });

  it.each([
    ["algebra", "Linear algebra — Done"],
    ["calculus", "Calculus — Available"],
    ["gan", "GANs — Locked"],
  ])("names node %s by its title and state in words", async (id, name) => {
    await renderWithServices(<GraphView />, { ...base, done: ["algebra"] });
    await graphLoaded();
    const link = within(node(id)).getByRole("link");
    expect(link).toHaveAccessibleName(expect.stringContaining(name));
    expect(link).toHaveAttribute("href", `#/topic/${id}`);
  });

  it("marks a title shown in the fallback language with its language", async () => {
    await renderWithServices(<GraphView />, base);
    await graphLoaded();
    const link = within(node("probability")).getByRole("link");
    expect(within(link).getByText("概率论")).toHaveAttribute("lang", "zh");
  });

  it("numbers the plan to the goal and names the goal", async () => {
    await renderWithServices(<GraphView />, { ...base, done: ["algebra"] });
    await graphLoaded();
    // Algebra is done, so rnn's "one of" group is met and probability is not needed.
    const steps = ["calculus", "neural-nets", "rnn", "attention"];
    steps.forEach((id, index) => {
      expect(node(id).dataset.planStep).toBe(String(index + 1));
      expect(within(node(id)).getByRole("link")).toHaveAccessibleName(
        expect.stringContaining(`plan step ${index + 1} of 4`),
      );
    });
    for (const id of ["algebra", "probability", "gan"]) {
      expect(node(id).dataset.planStep).toBeUndefined();
    }
    expect(within(node("attention")).getByRole("link")).toHaveAccessibleName(
      expect.stringMatching(/goal$/),
    );
    expect(screen.getByText(/“Attention”, is 4 topics \(about 22 h\) away/)).toBeInTheDocument();
    expect(screen.getByText(/^1 of 7 topics done; 2 available now\. /)).toBeInTheDocument();
  });
});

describe("graph view: edges", () => {
  it("draws each requirement, each one-of group and each recommendation as a link", async () => {
    const { container } = await renderWithServices(<GraphView />, base);
    await graphLoaded();
    const links = Array.from(container.querySelectorAll<SVGElement>("path[data-kind]")).map(
      (path) => `${path.dataset.from}>${path.dataset.to}:${path.dataset.kind}`,
    );
    const expected = graphCurriculum.topics.flatMap((topic) => [
      ...topic.requires.flatMap((group) =>
        group.map((from) => `${from}>${topic.id}:${group.length > 1 ? "anyOf" : "requires"}`),
      ),
      ...topic.recommends.map((to) => `${topic.id}>${to}:recommends`),
    ]);
    expect(links.sort()).toEqual(expected.sort());
    expect(links).toContain("attention>gan:recommends");
  });

  it("joins an anyOf group at one mark that says how many to pick", async () => {
    const { container } = await renderWithServices(<GraphView />, base);
    await graphLoaded();
    const junctions = container.querySelectorAll<SVGGElement>(".graph-junction");
    expect(junctions).toHaveLength(1);
    const [junction] = junctions;
    expect(junction?.dataset.to).toBe("rnn");
    expect(junction?.dataset.members?.split(" ").sort()).toEqual(["algebra", "probability"]);
    expect(junction?.textContent).toBe("1 of 2");
  });

  it("says one-of in Chinese when the page is in Chinese", async () => {
    const { container } = await renderWithServices(<GraphView />, { ...base, lang: "zh" });
    await screen.findByRole("region", { name: "前置关系图" });
    expect(container.querySelector(".graph-junction")?.textContent).toBe("2 选 1");
  });
});

describe("graph view: loading", () => {
  it("offers a retry when the layout fails to load, and then shows the graph", async () => {
    const { services } = createTestServices(base);
    let calls = 0;
    const flaky: AppServices = {
      ...services,
      loadLayout: async () => {
        calls++;
        if (calls === 1) throw new Error("chunk failed");
        return graphLayout;
      },
    };
    const user = userEvent.setup();
    render(
      <AppProviders services={flaky}>
        <GraphView />
      </AppProviders>,
    );
    expect(screen.getByText("Loading the graph…")).toBeInTheDocument();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The graph could not be loaded.");
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    await graphLoaded();
    expect(calls).toBe(2);
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});
