import {
  DEFAULT_HOURS_PER_WEEK,
  emptyProgress,
  migrateProgress,
  PROGRESS_VERSION,
  restoreProgress,
  UNKNOWN_TICK_TIME,
} from "../../../src/progress/progress-state";

// Times in tests are offsets from a realistic clock: stored times before 2000 are malformed.
const T = Date.UTC(2026, 10, 2, 8);
const YEAR = 366 * 24 * 3_600_000;

/** `restoreProgress` of `input` whose times are offsets from T, with the clock at T. */
function restore(input: unknown) {
  return restoreProgress(input, T);
}

describe("restoreProgress", () => {
  it("keeps clean data as it is, unknown topic ids included", () => {
    const clean = {
      done: { "known-topic": T + 2, "removed-topic": T + 5, "some-topic": T + 10 },
      known: { "known-topic": T + 2 },
      inProgress: { reading: T + 3 },
      unticked: { other: T + 20 },
      changedAt: { reading: T + 8, "some-topic": T + 30 },
      notes: { gone: { text: "", at: T + 1 }, "removed-topic": { text: "kept\nlines", at: T + 4 } },
      reviews: {
        "some-topic": [
          { at: T + 11, result: "remembered" },
          { at: T + 11, result: "remembered", implicit: true },
          { at: T + 12, result: "forgot" },
        ],
      },
      reviewChanges: {
        "some-topic": {
          [`${T + 9}|remembered`]: { at: T + 13, present: false },
          [`${T + 12}|forgot`]: { at: T + 14, present: true },
        },
      },
      goal: "some-topic",
      hoursPerWeek: 8,
      settingsAt: T + 40,
    };
    expect(restore(clean)).toEqual({ progress: clean, dropped: 0 });
  });

  it.each([
    ["undefined", undefined, 0],
    ["null", null, 1],
    ["a number", 42, 1],
    ["a list", ["a"], 1],
  ])("turns %s into empty progress", (_, input, dropped) => {
    expect(restore(input)).toEqual({ progress: emptyProgress(), dropped });
  });

  it.each([
    ["a time that is text", { done: { a: "yesterday" } }, {}],
    ["a negative time", { done: { a: -1 } }, {}],
    ["an infinite time", { done: { a: Number.POSITIVE_INFINITY } }, {}],
    ["a time before 2000", { done: { a: Date.UTC(1999, 11, 31, 23, 59) } }, {}],
    ["a time over a year ahead", { done: { a: T + YEAR + 1 } }, {}],
    ["the year 275760", { done: { a: 8.64e15 } }, {}],
    ["an id that is not an id", { done: { "": T, "has space": T, ok: T + 3 } }, { ok: T + 3 }],
    ["a prototype name", JSON.parse(`{"done":{"__proto__":${T},"ok":${T + 2}}}`), { ok: T + 2 }],
    ["done that is a string", { done: "a,b" }, {}],
  ])("drops %s and counts it", (_, input, done) => {
    const { progress, dropped } = restore(input);
    expect(progress.done).toEqual(done);
    expect(dropped).toBeGreaterThan(0);
  });

  it.each([
    ["missing", {}, DEFAULT_HOURS_PER_WEEK, 0],
    ["zero", { hoursPerWeek: 0 }, DEFAULT_HOURS_PER_WEEK, 1],
    ["below half an hour", { hoursPerWeek: 0.000001 }, DEFAULT_HOURS_PER_WEEK, 1],
    ["more than a week has", { hoursPerWeek: 200 }, DEFAULT_HOURS_PER_WEEK, 1],
    ["1e308", { hoursPerWeek: 1e308 }, DEFAULT_HOURS_PER_WEEK, 1],
    ["text", { hoursPerWeek: "10" }, DEFAULT_HOURS_PER_WEEK, 1],
    ["the slowest pace", { hoursPerWeek: 0.5 }, 0.5, 0],
    ["the fastest pace", { hoursPerWeek: 168 }, 168, 0],
    ["valid", { hoursPerWeek: 12.5 }, 12.5, 0],
  ])("hours per week %s", (_, input, hours, dropped) => {
    const result = restore(input);
    expect(result.progress.hoursPerWeek).toBe(hours);
    expect(result.dropped).toBe(dropped);
  });

  it.each([
    [
      "untick later than the tick",
      { done: { a: T + 10 }, unticked: { a: T + 20 } },
      {},
      { a: T + 20 },
    ],
    [
      "tick later than the untick",
      { done: { a: T + 30 }, unticked: { a: T + 20 } },
      { a: T + 30 },
      {},
    ],
    [
      "a tie, which favours done",
      { done: { a: T + 20 }, unticked: { a: T + 20 } },
      { a: T + 20 },
      {},
    ],
    [
      "an untick older than a re-tick",
      { done: { a: T + 10 }, unticked: { a: T + 20 }, changedAt: { a: T + 25 } },
      { a: T + 10 },
      {},
    ],
  ])("resolves an id both done and unticked: %s", (_, input, done, unticked) => {
    const { progress } = restore(input);
    expect(progress.done).toEqual(done);
    expect(progress.unticked).toEqual(unticked);
  });

  it("drops change times of topics that are not done or not later than the tick", () => {
    const { progress } = restore({
      done: { a: T + 10, b: T + 10 },
      changedAt: { a: T + 5, b: T + 15, c: T + 9 },
    });
    expect(progress.changedAt).toEqual({ b: T + 15 });
  });
});

describe("migrateProgress", () => {
  it("turns version 1 (a list of ids) into done topics with unknown tick times", () => {
    const { progress, dropped } = migrateProgress({ done: ["a", "b", 7] }, 1, T);
    expect(progress.done).toEqual({ a: UNKNOWN_TICK_TIME, b: UNKNOWN_TICK_TIME });
    expect(progress.hoursPerWeek).toBe(DEFAULT_HOURS_PER_WEEK);
    expect(dropped).toBe(1);
  });

  it("reports data from a newer version as lossy so a backup is kept", () => {
    const result = migrateProgress({ done: { a: T } }, PROGRESS_VERSION + 1, T);
    expect(result.progress.done).toEqual({ a: T });
    expect(result.dropped).toBeGreaterThan(0);
  });
});

describe("the time bounds follow the clock", () => {
  it("accepts a tick made today that a clock a year behind would refuse", () => {
    const tick = { done: { a: T } };
    expect(restoreProgress(tick, T).dropped).toBe(0);
    expect(restoreProgress(tick, T - YEAR - 1).dropped).toBe(1);
  });

  it("keeps the unknown tick time of version-1 data, though it is before 2000", () => {
    expect(restore({ done: { a: UNKNOWN_TICK_TIME } })).toEqual({
      progress: { ...emptyProgress(), done: { a: UNKNOWN_TICK_TIME } },
      dropped: 0,
    });
  });

  it.each([
    ["unticked", { unticked: { a: 5 } }],
    ["changedAt", { done: { a: T }, changedAt: { a: 8.64e15 } }],
    ["settingsAt", { settingsAt: 8.64e15 }],
  ])("drops a %s time outside the bounds", (_, input) => {
    expect(restore(input).dropped).toBe(1);
  });
});
