import { configure, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AppShell } from "../../../src/ui/app-shell";
import { createTestServices, fixtureCurriculum, MemoryStorage, renderApp } from "../render-app";

// The default fixture: attention needs rnn, which needs neural-nets (algebra + calculus) and one
// of probability (2 h) or algebra (4 h); the cheaper probability is chosen while neither is done.
const FULL_PLAN = ["algebra", "calculus", "probability", "neural-nets", "rnn", "attention"];
const DAY_MS = 24 * 60 * 60 * 1000;

// The first render of a file pays jsdom's cold start, and with the whole suite running in
// parallel on two cores that can take several seconds: allow for it rather than flake.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

function planList(name = "Plan"): HTMLElement {
  return screen.getByRole("list", { name });
}

function planIds(name = "Plan"): (string | null)[] {
  return within(planList(name))
    .getAllByRole("listitem")
    .map((li) => li.getAttribute("data-topic-id"));
}

describe("plan page", () => {
  it("starts at the curriculum's goal with the topics it needs in dependency order", async () => {
    await renderApp({ route: "#/plan", lang: "en" });
    const goal = await screen.findByRole("combobox", { name: "Goal" });
    expect(goal).toHaveValue("attention");
    expect(within(goal).getByRole("option", { selected: true })).toHaveTextContent(
      "Attention (the curriculum’s goal)",
    );
    expect(planIds()).toEqual(FULL_PLAN);

    // Every item comes after each of its requirements that is on the plan.
    const position = new Map(FULL_PLAN.map((id, i) => [id, i]));
    for (const topic of fixtureCurriculum.topics) {
      const at = position.get(topic.id);
      if (at === undefined) continue;
      for (const member of topic.requires.flat()) {
        expect(position.get(member) ?? -1).toBeLessThan(at);
      }
    }
    expect(screen.getByText("6 topics to go")).toBeInTheDocument();
    expect(screen.getByText("about 28 hours in total")).toBeInTheDocument();
  });

  it("leaves out done topics and any-of members no longer needed", async () => {
    await renderApp({ route: "#/plan", lang: "en", done: ["algebra"] });
    await screen.findByRole("list", { name: "Plan" });
    // Algebra is done, which also satisfies rnn's any-of group: probability is not needed.
    expect(planIds()).toEqual(["calculus", "neural-nets", "rnn", "attention"]);
    expect(screen.getByText("about 22 hours in total")).toBeInTheDocument();
  });

  it("changes the plan with the goal and remembers the choice", async () => {
    const storage = new MemoryStorage();
    const first = await renderApp({ route: "#/plan", lang: "en", storage });
    const goal = await screen.findByRole("combobox", { name: "Goal" });
    await first.user.selectOptions(goal, "neural-nets");
    expect(planIds()).toEqual(["algebra", "calculus", "neural-nets"]);
    expect(first.services.progress.getState().goal).toBe("neural-nets");
    first.unmount();

    // A fresh app over the same storage (a reload) keeps the goal.
    const second = await renderApp({ route: "#/plan", lang: "en", storage });
    expect(await screen.findByRole("combobox", { name: "Goal" })).toHaveValue("neural-nets");
    await second.user.click(screen.getByRole("button", { name: "Back to the curriculum’s goal" }));
    expect(screen.getByRole("combobox", { name: "Goal" })).toHaveValue("attention");
    expect(planIds()).toEqual(FULL_PLAN);
  });

  it("shrinks the plan when an item is ticked and keeps focus in the list", async () => {
    const { user, services } = await renderApp({ route: "#/plan", lang: "en" });
    await screen.findByRole("list", { name: "Plan" });
    await user.click(within(planList()).getByRole("checkbox", { name: "Linear algebra" }));
    expect(planIds()).toEqual(["calculus", "neural-nets", "rnn", "attention"]);
    expect(services.progress.getState().done).toHaveProperty("algebra");
    expect(screen.getByText("4 topics to go")).toBeInTheDocument();
    expect(screen.getByText("about 22 hours in total")).toBeInTheDocument();
    // Focus moves to the item that took the ticked one's place; Space ticks that too.
    const calculus = within(planList()).getByRole("checkbox", { name: "Calculus" });
    expect(calculus).toHaveFocus();
    await user.keyboard(" ");
    expect(planIds()).toEqual(["neural-nets", "rnn", "attention"]);
    expect(screen.getByRole("status")).toHaveTextContent("Now available: Neural networks.");
  });

  it("works in Chinese with the Chinese names", async () => {
    await renderApp({ route: "#/plan", lang: "zh" });
    expect(await screen.findByRole("combobox", { name: "目标" })).toHaveValue("attention");
    expect(planIds("学习计划")).toEqual(FULL_PLAN);
  });
});

describe("plan page: pace and finish date", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(2030, 0, 7, 12, 0, 0));
  });
  afterEach(() => vi.useRealTimers());

  const dateIn = (days: number) =>
    new Intl.DateTimeFormat("en", { year: "numeric", month: "long", day: "numeric" }).format(
      Date.now() + days * DAY_MS,
    );

  it("estimates the finish date from the hours left and the pace", async () => {
    const { user, services } = await renderApp({ route: "#/plan", lang: "en" });
    const pace = await screen.findByRole("spinbutton", { name: "Hours per week" });
    expect(pace).toHaveValue(5);
    // 28 hours at 5 hours a week: 5.6 weeks, 39.2 days.
    expect(
      screen.getByText(new RegExp(`around ${dateIn(39.2)} \\(about 6 weeks\\)`)),
    ).toBeVisible();

    await user.clear(pace);
    await user.type(pace, "14");
    expect(services.progress.getState().hoursPerWeek).toBe(14);
    expect(screen.getByText(new RegExp(`around ${dateIn(14)} \\(about 2 weeks\\)`))).toBeVisible();

    // Ticking shortens the plan and brings the date closer: 22 hours at 14 a week.
    await user.click(within(planList()).getByRole("checkbox", { name: "Linear algebra" }));
    expect(screen.getByText(new RegExp(`around ${dateIn(11)} `))).toBeVisible();
  });

  it.each(["0", "0.4", "0.000001", "169", "1e308", "-2"])(
    "refuses the pace %s without losing the stored one",
    async (typed) => {
      const { user, services } = await renderApp({ route: "#/plan", lang: "en" });
      const pace = await screen.findByRole("spinbutton", { name: "Hours per week" });
      expect(pace).toHaveAttribute("min", "0.5");
      expect(pace).toHaveAttribute("max", "168");
      await user.clear(pace);
      // Typed in one go: a prefix such as "16" would be a valid pace of its own.
      await user.paste(typed);
      expect(pace).toHaveAttribute("aria-invalid", "true");
      expect(screen.getByText("Enter a number from 0.5 to 168.")).toBeVisible();
      expect(services.progress.getState().hoursPerWeek).toBe(5);
      await user.tab();
      expect(pace).toHaveValue(5);
      expect(pace).toHaveAttribute("aria-invalid", "false");
    },
  );
});

describe("plan page: goal reached", () => {
  it("congratulates and offers next goals when the goal is done", async () => {
    const { services } = createTestServices({
      lang: "en",
      done: ["algebra", "calculus", "neural-nets"],
    });
    services.progress.getState().setGoal("neural-nets");
    window.location.hash = "#/plan";
    render(<AppShell services={services} />);
    expect(await screen.findByRole("heading", { name: /Goal reached!/ })).toBeVisible();
    expect(screen.getByText(/You have done everything “Neural networks” needs/)).toBeVisible();
    expect(within(planList()).queryAllByRole("listitem")).toHaveLength(0);
    expect(screen.queryByText(/topics? to go/)).not.toBeInTheDocument();

    // The curriculum's own goal comes first among the suggestions.
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Make “Attention” my goal" }));
    expect(screen.getByRole("combobox", { name: "Goal" })).toHaveValue("attention");
    expect(planIds()).toEqual(["rnn", "attention"]);
    expect(screen.queryByRole("heading", { name: /Goal reached!/ })).not.toBeInTheDocument();
  });
});
