import { configure, screen, within } from "@testing-library/react";
import { renderApp } from "../render-app";

// The first render of a file pays jsdom's cold start, and with the whole suite running in
// parallel on two cores that can take several seconds: allow for it rather than flake.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

/** Local time in January 2030; 2030-01-14 is a Monday. */
const at = (day: number, hour = 12) => new Date(2030, 0, day, hour).getTime();

describe("plan page: progress by week", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(at(16));
  });
  afterEach(() => vi.useRealTimers());

  it("summarises ticks per week in words, as bars and as a table", async () => {
    const { user } = await renderApp({
      route: "#/plan",
      lang: "en",
      // algebra 4 h and calculus 3 h this week, probability 2 h the week before.
      done: { algebra: at(14, 9), calculus: at(15, 20), probability: at(9) },
    });
    const chart = await screen.findByRole("region", { name: "Progress by week" });
    const image = within(chart).getByRole("img");
    expect(image).toHaveAccessibleName(
      /In the last 12 weeks you finished 3 topics, about 9 hours\. Your busiest week began on .*, with 2\./,
    );
    expect(
      within(chart).getByText(/you finished 3 topics/, { selector: "figcaption" }),
    ).toBeVisible();

    const table = within(chart).getByRole("table", { name: "Topics and hours finished each week" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(12);
    const cells = (row: HTMLElement | undefined) =>
      within(row as HTMLElement)
        .getAllByRole("cell")
        .map((cell) => cell.textContent);
    expect(cells(rows.at(-1))).toEqual(["2", "7"]);
    expect(cells(rows.at(-2))).toEqual(["1", "2"]);
    expect(cells(rows.at(0))).toEqual(["0", "0"]);

    // Bars follow the chosen measure: by topics this week is twice last week, by hours 3.5 times.
    const bars = () =>
      Array.from(image.querySelectorAll("rect")).map((r) => Number(r.getAttribute("height")));
    const ratio = (heights: number[]) => (heights.at(-1) ?? 0) / (heights.at(-2) ?? 1);
    expect(within(chart).getByRole("radio", { name: "Topics" })).toBeChecked();
    expect(ratio(bars())).toBeCloseTo(2, 5);
    await user.click(within(chart).getByRole("radio", { name: "Hours" }));
    expect(ratio(bars())).toBeCloseTo(3.5, 5);
  });

  it("says how the chart fills in when nothing has been ticked recently", async () => {
    await renderApp({
      route: "#/plan",
      lang: "en",
      done: { algebra: at(1) - 200 * 24 * 3600 * 1000 },
    });
    const chart = await screen.findByRole("region", { name: "Progress by week" });
    expect(chart).toHaveTextContent("Nothing ticked in the last 12 weeks yet.");
    expect(within(chart).queryByRole("img")).not.toBeInTheDocument();
  });

  it("leaves out ticks whose time is unknown", async () => {
    await renderApp({ route: "#/plan", lang: "en", done: { algebra: 0, calculus: at(15) } });
    const chart = await screen.findByRole("region", { name: "Progress by week" });
    expect(within(chart).getByRole("img")).toHaveAccessibleName(
      /you finished 1 topic, about 3 hours/,
    );
  });
});
