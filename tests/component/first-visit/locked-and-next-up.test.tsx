import { screen, within } from "@testing-library/react";
import { computeStates, createGraph, planTo } from "../../../src/graph";
import { fixtureCurriculum, renderApp } from "../render-app";

const row = (id: string) => document.querySelector(`[data-topic-id="${id}"]`) as HTMLElement;

// The fixture: neural-nets needs algebra and calculus; rnn needs neural-nets and one of
// probability or algebra; attention (the goal) needs rnn; gan (an elective) needs neural-nets.
describe("locked rows", () => {
  it("say in words what they need: plain requirements, then each any-of group", async () => {
    await renderApp({ lang: "en" });
    expect(within(row("neural-nets")).getByText("Needs: Linear algebra, Calculus")).toBeVisible();
    expect(
      within(row("rnn")).getByText("Needs: Neural networks; Needs one of: 概率论, Linear algebra"),
    ).toBeVisible();
    expect(row("algebra").querySelector(".topic-needs")).toBeNull();
  });

  it("name only the groups still unmet, in the reading language", async () => {
    await renderApp({ lang: "zh", done: ["algebra"] });
    expect(within(row("neural-nets")).getByText("需要先学：微积分")).toBeVisible();
    // algebra satisfies rnn's any-of group, so only neural-nets is left.
    expect(within(row("rnn")).getByText("需要先学：神经网络")).toBeVisible();
  });
});

describe("Next up", () => {
  const list = (name: string) =>
    within(screen.getByRole("region", { name: "Next up" })).getByRole("list", { name });
  const links = (name: string) =>
    within(list(name))
      .getAllByRole("link")
      .map((link) => link.textContent);

  it("lists the goal's plan topics that are available, in plan order", async () => {
    const done = ["algebra"];
    await renderApp({ lang: "en", done });
    const graph = createGraph(fixtureCurriculum);
    const states = computeStates(graph, new Set(done));
    const expected = planTo(graph, done, "attention")
      .topics.filter((id) => states.get(id)?.state === "available")
      .map((id) => graph.topic(id)?.title.en ?? `${graph.topic(id)?.title.zh} 中文`);
    expect(expected.length).toBeGreaterThan(0);
    expect(links("On your path to Attention")).toEqual(expected);
  });

  it("puts electives the goal does not need under Also available", async () => {
    await renderApp({ lang: "en", done: ["algebra", "calculus", "neural-nets"] });
    expect(links("On your path to Attention")).toEqual(["Recurrent networks"]);
    expect(links("Also available")).toEqual(["概率论 中文", "Generative adversarial networks"]);
  });

  it("offers next goals once the goal is reached, and names no done goal", async () => {
    const { user, services } = await renderApp({
      lang: "en",
      done: ["algebra", "calculus", "neural-nets", "rnn", "attention"],
    });
    const panel = screen.getByRole("region", { name: "Next up" });
    expect(within(panel).queryByText(/On your path to/)).not.toBeInTheDocument();
    expect(within(panel).getByText(/Goal reached/)).toBeVisible();
    await user.click(
      within(panel).getByRole("button", { name: "Aim for “Generative adversarial networks”" }),
    );
    expect(services.progress.getState().goal).toBe("gan");
    expect(
      within(panel).getByRole("list", { name: "On your path to Generative adversarial networks" }),
    ).toBeVisible();
  });
});
