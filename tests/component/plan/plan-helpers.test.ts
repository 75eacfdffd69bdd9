import { createGraph } from "../../../src/graph";
import { estimateFinish, WEEK_MS } from "../../../src/ui/plan/finish-estimate";
import { resolveGoal } from "../../../src/ui/plan/use-goal";
import { startOfWeek, ticksOf, weeklyProgress } from "../../../src/ui/plan/weekly-progress";
import { fixtureCurriculum } from "../render-app";

/** Local time in January 2030 (or late 2029 for month 12), so the tests hold in any time zone. */
const at = (month: number, day: number, hour = 12) =>
  new Date(month === 12 ? 2029 : 2030, month - 1, day, hour).getTime();

describe("startOfWeek", () => {
  // 2030-01-07 is a Monday.
  it.each([
    ["Monday noon", at(1, 7), at(1, 7, 0)],
    ["Monday midnight", at(1, 7, 0), at(1, 7, 0)],
    ["Sunday late", at(1, 13, 23), at(1, 7, 0)],
    ["Wednesday, back across the new year", at(1, 2), at(12, 31, 0)],
  ])("%s", (_label, input, expected) => {
    expect(startOfWeek(input)).toBe(expected);
  });
});

describe("weeklyProgress", () => {
  const now = at(1, 16); // Wednesday of the week starting Monday 14 January
  it.each([
    { name: "nothing ticked", ticks: [], topics: [0, 0, 0], hours: [0, 0, 0] },
    {
      name: "two this week, one two weeks ago",
      ticks: [
        { at: at(1, 14, 9), hours: 3 },
        { at: at(1, 16, 8), hours: 2.5 },
        { at: at(1, 1), hours: 4 },
      ],
      topics: [1, 0, 2],
      hours: [4, 0, 5.5],
    },
    {
      name: "ticks before the span and in the future are left out",
      ticks: [
        { at: at(12, 30, 23), hours: 1 },
        { at: at(1, 21, 1), hours: 1 },
      ],
      topics: [0, 0, 0],
      hours: [0, 0, 0],
    },
    {
      name: "Sunday night belongs to the week before Monday",
      ticks: [
        { at: at(1, 13, 23), hours: 1 },
        { at: at(1, 14, 0), hours: 2 },
      ],
      topics: [0, 1, 1],
      hours: [0, 1, 2],
    },
  ])("$name", ({ ticks, topics, hours }) => {
    const weeks = weeklyProgress(ticks, now, 3);
    expect(weeks.map((w) => w.start)).toEqual([at(12, 31, 0), at(1, 7, 0), at(1, 14, 0)]);
    expect(weeks.map((w) => w.topics)).toEqual(topics);
    expect(weeks.map((w) => w.hours)).toEqual(hours);
  });
});

describe("ticksOf", () => {
  const graph = createGraph(fixtureCurriculum);
  it("keeps one tick per current topic, with its hours, and drops unknown times and ids", () => {
    const ticks = ticksOf(graph, {
      algebra: at(1, 2),
      nn: at(1, 5), // former id of neural-nets
      "neural-nets": at(1, 9), // the earlier time of the two wins
      calculus: 0, // ticked before tick times were kept
      "removed-topic": at(1, 3),
    });
    expect(ticks).toEqual(
      expect.arrayContaining([
        { at: at(1, 2), hours: 4 },
        { at: at(1, 5), hours: 6 },
      ]),
    );
    expect(ticks).toHaveLength(2);
  });
});

describe("estimateFinish", () => {
  it.each([
    { hours: 28, pace: 5, weeks: 5.6 },
    { hours: 10, pace: 10, weeks: 1 },
    { hours: 3, pace: 168, weeks: 3 / 168 },
  ])("$hours h at $pace h/week takes $weeks weeks", ({ hours, pace, weeks }) => {
    const estimate = estimateFinish(hours, pace, 1000);
    expect(estimate?.weeks).toBeCloseTo(weeks, 10);
    expect(estimate?.finishAt).toBeCloseTo(1000 + weeks * WEEK_MS, 3);
  });

  it.each([
    [0, 5],
    [10, 0],
    [10, Number.NaN],
    [Number.POSITIVE_INFINITY, 5],
    // A finish date past the last date JavaScript can hold (it could not be shown).
    [100, 0.000001],
    [1e308, 0.5],
  ])("gives no estimate for %s h at %s h/week", (hours, pace) => {
    expect(estimateFinish(hours, pace, 0)).toBeUndefined();
  });
});

describe("resolveGoal", () => {
  const graph = createGraph(fixtureCurriculum);
  it.each([
    ["no choice: the curriculum's goal", null, "attention"],
    ["a chosen topic", "rnn", "rnn"],
    ["a former id follows the rename", "nn", "neural-nets"],
    ["a removed topic falls back to the curriculum's goal", "gone", "attention"],
  ])("%s", (_label, stored, expected) => {
    expect(resolveGoal(graph, stored)).toBe(expected);
  });
});
