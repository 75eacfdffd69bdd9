import { configure, screen, within } from "@testing-library/react";
import { makeCurriculum } from "../../fixtures/curriculum-factory";
import { renderApp } from "../render-app";

// The first render of a file pays jsdom's cold start, and with the whole suite running in
// parallel on two cores that can take several seconds: allow for it rather than flake.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

// A small curriculum with every kind of link a topic page shows: a plain requirement, an
// any-of group, a soft "study alongside" link, and an elective off the default goal's path.
const curriculum = makeCurriculum({
  goal: "attention",
  sections: [
    { id: "basics", title: { zh: "基础", en: "Basics" } },
    { id: "advanced", title: { zh: "进阶", en: "Advanced" } },
  ],
  topics: [
    { id: "algebra", title: { zh: "线性代数", en: "Linear algebra" }, section: "basics", hours: 4 },
    { id: "calculus", title: { zh: "微积分", en: "Calculus" }, section: "basics", hours: 3 },
    { id: "probability", title: { zh: "概率论" }, section: "basics", hours: 2 },
    {
      id: "neural-nets",
      title: { zh: "神经网络", en: "Neural networks" },
      section: "advanced",
      requires: ["algebra", "calculus"],
      hours: 6,
      aliases: ["nn"],
    },
    {
      id: "rnn",
      title: { zh: "循环神经网络", en: "Recurrent networks" },
      section: "advanced",
      requires: ["neural-nets", ["probability", "algebra"]],
      recommends: ["calculus"],
      summary: { zh: "按顺序处理序列。", en: "Processes a sequence step by step." },
      hours: 5,
    },
    {
      id: "attention",
      title: { zh: "注意力机制", en: "Attention" },
      section: "advanced",
      requires: ["rnn"],
      hours: 8,
    },
    {
      id: "gan",
      title: { zh: "生成对抗网络", en: "GANs" },
      section: "advanced",
      requires: ["neural-nets"],
      optional: true,
      source: "extension",
    },
  ],
});

describe("topic page: what a topic connects to", () => {
  it("shows the title as the only h1, the document title, state, source and hours", async () => {
    await renderApp({ curriculum, route: "#/topic/rnn", lang: "en" });
    const title = await screen.findByRole("heading", { level: 1, name: "Recurrent networks" });
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    expect(document.title).toBe("Recurrent networks · Test curriculum");
    const header = title.closest("header") as HTMLElement;
    expect(within(header).getByText("Locked")).toBeInTheDocument();
    expect(within(header).getByText("From the article")).toBeInTheDocument();
    expect(within(header).getByText("About 5 hours")).toBeInTheDocument();
    expect(within(header).getByText("Processes a sequence step by step.")).toBeInTheDocument();
  });

  it("lists each requirement group with its members' states and marks unmet ones", async () => {
    await renderApp({
      curriculum,
      route: "#/topic/rnn",
      lang: "en",
      done: ["algebra", "calculus"],
    });
    const requires = await screen.findByRole("region", { name: "Requires" });
    const groups = within(requires)
      .getAllByRole("listitem")
      .filter((li) => {
        return li.parentElement?.classList.contains("requirement-list");
      });
    expect(groups).toHaveLength(2);
    const [single, anyOf] = groups as [HTMLElement, HTMLElement];

    expect(within(single).getByRole("link", { name: "Neural networks" })).toHaveAttribute(
      "href",
      "#/topic/neural-nets",
    );
    expect(single).toHaveTextContent("Available");
    expect(single).toHaveTextContent("Not met yet");

    expect(anyOf).toHaveTextContent("Any one of:");
    expect(anyOf).toHaveTextContent(/✓\s*Met/);
    const members = within(anyOf).getAllByRole("listitem");
    expect(members.map((li) => li.textContent)).toEqual([
      expect.stringContaining("Available"),
      expect.stringContaining("Done"),
    ]);
    expect(within(anyOf).getByRole("link", { name: /Linear algebra/ })).toBeInTheDocument();
  });

  it("says of an unmet requirement 'Not met yet' once, not also 'Locked'", async () => {
    await renderApp({ curriculum, route: "#/topic/rnn", lang: "en" });
    const requires = await screen.findByRole("region", { name: "Requires" });
    const single = within(requires)
      .getByRole("link", { name: "Neural networks" })
      .closest("li") as HTMLElement;
    expect(single).toHaveTextContent("Not met yet");
    expect(single).not.toHaveTextContent("Locked");
  });

  it("says when a topic has no prerequisites", async () => {
    await renderApp({ curriculum, route: "#/topic/algebra", lang: "en" });
    expect(await screen.findByText(/No prerequisites/)).toBeInTheDocument();
  });

  it("links what it unlocks and what to study alongside, with their states", async () => {
    await renderApp({ curriculum, route: "#/topic/neural-nets", lang: "en", done: ["algebra"] });
    const unlocks = await screen.findByRole("region", { name: "Unlocks" });
    expect(
      within(unlocks)
        .getAllByRole("link")
        .map((a) => a.textContent),
    ).toEqual(["GANs", "Recurrent networks"]);
    expect(within(unlocks).getAllByText("Locked")).toHaveLength(2);
    // rnn leads on to attention as well: three topics in all.
    expect(unlocks).toHaveTextContent("leads to 3 topics in all");

    expect(screen.queryByRole("region", { name: "Study alongside" })).not.toBeInTheDocument();
  });

  it("shows study-alongside links for recommends", async () => {
    await renderApp({ curriculum, route: "#/topic/rnn", lang: "en", done: ["calculus"] });
    const alongside = await screen.findByRole("region", { name: "Study alongside" });
    const link = within(alongside).getByRole("link", { name: "Calculus" });
    expect(link).toHaveAttribute("href", "#/topic/calculus");
    expect(alongside).toHaveTextContent("Done");
  });

  it("ticks the topic from its own checkbox and announces what unlocked", async () => {
    const { user, services } = await renderApp({
      curriculum,
      route: "#/topic/rnn",
      lang: "en",
      done: ["algebra", "calculus", "neural-nets"],
    });
    const checkbox = await screen.findByRole("checkbox", { name: /Recurrent networks/ });
    expect(checkbox).not.toBeChecked();
    await user.click(checkbox);
    expect(checkbox).toBeChecked();
    expect(services.progress.getState().done).toHaveProperty("rnn");
    expect(screen.getByRole("status")).toHaveTextContent("Now available: Attention.");
    const unlocks = screen.getByRole("region", { name: "Unlocks" });
    expect(unlocks).toHaveTextContent("Available");

    await user.click(checkbox);
    expect(checkbox).not.toBeChecked();
    expect(services.progress.getState().done).not.toHaveProperty("rnn");
  });
});

describe("topic page: previous and next", () => {
  it("walks the plan to the goal when the topic is on it", async () => {
    await renderApp({ curriculum, route: "#/topic/rnn", lang: "en" });
    const nav = await screen.findByRole("navigation", { name: "Previous and next topic" });
    // Plan to attention: algebra, calculus, probability (cheaper than algebra), nn, rnn, attention.
    expect(nav).toHaveTextContent("Along your plan to “Attention” (step 5 of 6)");
    expect(within(nav).getByText(/Previous:/)).toContainElement(
      within(nav).getByRole("link", { name: "Neural networks" }),
    );
    expect(within(nav).getByText(/Next:/)).toContainElement(
      within(nav).getByRole("link", { name: "Attention" }),
    );
  });

  it("keeps its place on the plan after the topic is ticked", async () => {
    const { user } = await renderApp({ curriculum, route: "#/topic/rnn", lang: "en" });
    await user.click(await screen.findByRole("checkbox", { name: /Recurrent networks/ }));
    const nav = screen.getByRole("navigation", { name: "Previous and next topic" });
    expect(within(nav).getByRole("link", { name: "Attention" })).toBeInTheDocument();
  });

  it("falls back to outline order, and says so, for a topic off the plan", async () => {
    await renderApp({ curriculum, route: "#/topic/gan", lang: "en" });
    const nav = await screen.findByRole("navigation", { name: "Previous and next topic" });
    expect(nav).toHaveTextContent("not on your plan");
    expect(
      within(nav)
        .getAllByRole("link")
        .map((a) => a.textContent),
    ).toEqual(["Neural networks", "Recurrent networks"]);
  });
});

describe("topic page: addresses", () => {
  it("shows the renamed topic for a former id", async () => {
    await renderApp({ curriculum, route: "#/topic/nn", lang: "en" });
    expect(
      await screen.findByRole("heading", { level: 1, name: "Neural networks" }),
    ).toBeInTheDocument();
  });

  it("shows a helpful not-found page with a way back for an unknown id", async () => {
    await renderApp({ curriculum, route: "#/topic/no-such-topic", lang: "en" });
    expect(await screen.findByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    expect(screen.getByText(/no-such-topic/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Back to the outline" })).toHaveAttribute("href", "#/");
  });
});
