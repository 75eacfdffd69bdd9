import {
  DEFAULT_HOURS_PER_WEEK,
  emptyProgress,
  migrateProgress,
  PROGRESS_VERSION,
  restoreProgress,
  UNKNOWN_TICK_TIME,
} from "../../../src/progress/progress-state";

describe("restoreProgress", () => {
  it("keeps clean data as it is, unknown topic ids included", () => {
    const clean = {
      done: { "removed-topic": 5, "some-topic": 10 },
      unticked: { other: 20 },
      changedAt: { "some-topic": 30 },
      goal: "some-topic",
      hoursPerWeek: 8,
      settingsAt: 40,
    };
    expect(restoreProgress(clean)).toEqual({ progress: clean, dropped: 0 });
  });

  it.each([
    ["undefined", undefined, 0],
    ["null", null, 1],
    ["a number", 42, 1],
    ["a list", ["a"], 1],
  ])("turns %s into empty progress", (_, input, dropped) => {
    expect(restoreProgress(input)).toEqual({ progress: emptyProgress(), dropped });
  });

  it.each([
    ["a time that is text", { done: { a: "yesterday" } }, {}],
    ["a negative time", { done: { a: -1 } }, {}],
    ["an infinite time", { done: { a: Number.POSITIVE_INFINITY } }, {}],
    ["an id that is not an id", { done: { "": 1, "has space": 2, ok: 3 } }, { ok: 3 }],
    ["a prototype name", JSON.parse('{"done":{"__proto__":1,"ok":2}}'), { ok: 2 }],
    ["done that is a string", { done: "a,b" }, {}],
  ])("drops %s and counts it", (_, input, done) => {
    const { progress, dropped } = restoreProgress(input);
    expect(progress.done).toEqual(done);
    expect(dropped).toBeGreaterThan(0);
  });

  it.each([
    ["missing", {}, DEFAULT_HOURS_PER_WEEK, 0],
    ["zero", { hoursPerWeek: 0 }, DEFAULT_HOURS_PER_WEEK, 1],
    ["more than a week has", { hoursPerWeek: 200 }, DEFAULT_HOURS_PER_WEEK, 1],
    ["text", { hoursPerWeek: "10" }, DEFAULT_HOURS_PER_WEEK, 1],
    ["valid", { hoursPerWeek: 12.5 }, 12.5, 0],
  ])("hours per week %s", (_, input, hours, dropped) => {
    const result = restoreProgress(input);
    expect(result.progress.hoursPerWeek).toBe(hours);
    expect(result.dropped).toBe(dropped);
  });

  it.each([
    ["untick later than the tick", { done: { a: 10 }, unticked: { a: 20 } }, {}, { a: 20 }],
    ["tick later than the untick", { done: { a: 30 }, unticked: { a: 20 } }, { a: 30 }, {}],
    ["a tie, which favours done", { done: { a: 20 }, unticked: { a: 20 } }, { a: 20 }, {}],
    [
      "an untick older than a re-tick",
      { done: { a: 10 }, unticked: { a: 20 }, changedAt: { a: 25 } },
      { a: 10 },
      {},
    ],
  ])("resolves an id both done and unticked: %s", (_, input, done, unticked) => {
    const { progress } = restoreProgress(input);
    expect(progress.done).toEqual(done);
    expect(progress.unticked).toEqual(unticked);
  });

  it("drops change times of topics that are not done or not later than the tick", () => {
    const { progress } = restoreProgress({
      done: { a: 10, b: 10 },
      changedAt: { a: 5, b: 15, c: 9 },
    });
    expect(progress.changedAt).toEqual({ b: 15 });
  });
});

describe("migrateProgress", () => {
  it("turns version 1 (a list of ids) into done topics with unknown tick times", () => {
    const { progress, dropped } = migrateProgress({ done: ["a", "b", 7] }, 1);
    expect(progress.done).toEqual({ a: UNKNOWN_TICK_TIME, b: UNKNOWN_TICK_TIME });
    expect(progress.hoursPerWeek).toBe(DEFAULT_HOURS_PER_WEEK);
    expect(dropped).toBe(1);
  });

  it("reports data from a newer version as lossy so a backup is kept", () => {
    const result = migrateProgress({ done: { a: 1 } }, PROGRESS_VERSION + 1);
    expect(result.progress.done).toEqual({ a: 1 });
    expect(result.dropped).toBeGreaterThan(0);
  });
});
