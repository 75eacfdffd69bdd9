import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createGraph,
  dueReviews,
  type ReviewEvent,
  type ReviewInput,
  refreshedBy,
  reviewSchedules,
  scheduleReview,
  upcomingReviews,
} from "../../../src/graph";
import { makeCurriculum, makeTopic } from "../../fixtures/graph/factory";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 1);
const day = (n: number) => T0 + n * DAY;
const remembered = (n: number): ReviewEvent => ({ at: day(n), result: "remembered" });
const forgot = (n: number): ReviewEvent => ({ at: day(n), result: "forgot" });

describe("scheduleReview: one topic's own reviews", () => {
  it.each([
    ["no review yet: 3 days after done", [], 3, 0],
    ["one Remembered: 7 days after it", [remembered(3)], 3 + 7, 1],
    ["two: 21 days", [remembered(3), remembered(10)], 10 + 21, 2],
    ["three: 60 days", [remembered(3), remembered(10), remembered(31)], 31 + 60, 3],
    ["four: 180 days", [remembered(3), remembered(10), remembered(31), remembered(91)], 271, 4],
    [
      "five: 180 days again",
      [remembered(3), remembered(10), remembered(31), remembered(91), remembered(271)],
      451,
      5,
    ],
    ["Forgot: 3 days after it", [remembered(3), forgot(12)], 15, 0],
    [
      "Remembered after Forgot starts over at 7",
      [remembered(3), forgot(12), remembered(15)],
      22,
      1,
    ],
    ["a late review counts from when it happened", [remembered(40)], 47, 1],
    ["an early review too", [remembered(1)], 8, 1],
  ] as const)("%s", (_, events, dueDay, streak) => {
    expect(scheduleReview(day(0), events)).toEqual({ due: day(dueDay), streak });
  });

  it("replays events given out of order by time (a clock that went back)", () => {
    const events = [remembered(10), forgot(12), remembered(3), remembered(15)];
    expect(scheduleReview(day(0), events)).toEqual({ due: day(22), streak: 1 });
  });

  it("counts a repeated event once", () => {
    expect(scheduleReview(day(0), [remembered(3), remembered(3)])).toEqual({
      due: day(10),
      streak: 1,
    });
  });

  it("ignores reviews from before the done time (an earlier round of the topic)", () => {
    expect(scheduleReview(day(20), [remembered(3), remembered(10)])).toEqual({
      due: day(23),
      streak: 0,
    });
  });

  it("ignores events with no finite time or an unknown result", () => {
    const hostile = [
      { at: Number.NaN, result: "remembered" },
      { at: day(5), result: "maybe" },
      null,
    ] as unknown as ReviewEvent[];
    expect(scheduleReview(day(0), hostile)).toEqual({ due: day(3), streak: 0 });
  });
});

// softmax <- attention (requires softmax and one of rnn | cnn); rnn <- basics.
const graph = createGraph(
  makeCurriculum([
    makeTopic("basics"),
    makeTopic("softmax"),
    makeTopic("rnn", { requires: ["basics"] }),
    makeTopic("cnn"),
    makeTopic("attention", { requires: ["softmax", ["rnn", "cnn"]] }),
  ]),
);

const inputs = (entries: Record<string, ReviewInput>) => new Map(Object.entries(entries));

describe("reviewSchedules: implicit reviews down the graph", () => {
  it("refreshes each directly required topic that is done and due within 7 days", () => {
    const schedules = reviewSchedules(
      graph,
      inputs({
        basics: { doneAt: day(0) },
        softmax: { doneAt: day(0) },
        rnn: { doneAt: day(0) },
        cnn: { doneAt: day(2) },
        attention: { doneAt: day(0), events: [remembered(3)] },
      }),
    );
    expect(schedules.get("attention")?.due).toBe(day(10));
    // softmax and rnn were due on day 3, cnn on day 5: all within 7 days of day 3.
    expect(schedules.get("softmax")?.due).toBe(day(10));
    expect(schedules.get("rnn")?.due).toBe(day(10));
    expect(schedules.get("cnn")?.due).toBe(day(10));
    expect(schedules.get("cnn")?.reviews).toEqual([
      { at: day(3), result: "remembered", via: "attention" },
    ]);
    // Not passed further down: basics (under rnn) is still due on day 3.
    expect(schedules.get("basics")?.due).toBe(day(3));
    expect(refreshedBy(schedules, "attention", day(3))).toEqual(["softmax", "rnn", "cnn"]);
  });

  it("leaves alone a prerequisite due later than 7 days after the review", () => {
    const schedules = reviewSchedules(
      graph,
      inputs({
        softmax: { doneAt: day(0), events: [remembered(3)] }, // due day 10
        attention: { doneAt: day(0), events: [remembered(2)] },
      }),
    );
    // On day 2 softmax was due on day 3 (within 7 days): refreshed, then its own review counts.
    expect(schedules.get("softmax")?.reviews.map((r) => r.via ?? "own")).toEqual([
      "attention",
      "own",
    ]);
    const later = reviewSchedules(
      graph,
      inputs({
        softmax: { doneAt: day(0), events: [remembered(3), remembered(10)] }, // due day 31
        attention: { doneAt: day(0), events: [remembered(20)] },
      }),
    );
    expect(later.get("softmax")?.due).toBe(day(31));
    expect(refreshedBy(later, "attention", day(20))).toEqual([]);
  });

  it("does not refresh a topic missing from the input (known, not started) or done later", () => {
    const schedules = reviewSchedules(
      graph,
      inputs({
        rnn: { doneAt: day(5) },
        attention: { doneAt: day(0), events: [remembered(3)] },
      }),
    );
    expect(schedules.has("softmax")).toBe(false);
    expect(schedules.get("rnn")?.due).toBe(day(8));
    expect(schedules.get("rnn")?.reviews).toEqual([]);
  });

  it("takes aliases, skips unknown ids and bad done times, keys by current id in graph order", () => {
    const g = createGraph(
      makeCurriculum([makeTopic("b", { aliases: ["old-b"] }), makeTopic("a", { requires: ["b"] })]),
    );
    const schedules = reviewSchedules(
      g,
      inputs({
        a: { doneAt: day(1) },
        "old-b": { doneAt: day(0) },
        ghost: { doneAt: day(0) },
        b: { doneAt: day(9) }, // the same topic again: the earliest tick counts
        ...({ broken: { doneAt: Number.NaN } } as Record<string, ReviewInput>),
      }),
    );
    expect([...schedules.keys()]).toEqual(["b", "a"]);
    expect(schedules.get("b")?.doneAt).toBe(day(0));
  });

  it("counts a renamed topic's tick and reviews together, whichever id each is kept under", () => {
    const g = createGraph(
      makeCurriculum([makeTopic("b", { aliases: ["old-b"] }), makeTopic("a", { requires: ["b"] })]),
    );
    // Ticked before the rename (kept under "old-b"), reviewed after it (kept under "b").
    const schedules = reviewSchedules(
      g,
      inputs({
        "old-b": { doneAt: day(0) },
        b: { doneAt: Number.NaN, events: [remembered(3), remembered(10)] },
        a: { doneAt: day(20), events: [remembered(40)] },
      }),
    );
    const b = schedules.get("b");
    expect(b?.doneAt).toBe(day(0));
    // Due 3 (done at 0) -> reviewed at 3, due 10 -> reviewed at 10, due 31 -> a's review at 40
    // refreshes it implicitly (third in a row), due 60 days later.
    expect(b?.streak).toBe(3);
    expect(b?.reviews.map((r) => [r.at, r.via])).toEqual([
      [day(3), undefined],
      [day(10), undefined],
      [day(40), "a"],
    ]);
    expect(b?.due).toBe(day(40 + 60));
    // Reviews of a topic never marked done under any of its ids make no schedule.
    const none = reviewSchedules(g, inputs({ b: { doneAt: Number.NaN, events: [remembered(3)] } }));
    expect(none.size).toBe(0);
  });

  it("lists due topics oldest due first, and the upcoming ones soonest first", () => {
    const schedules = reviewSchedules(
      graph,
      inputs({
        softmax: { doneAt: day(4) }, // due 7
        cnn: { doneAt: day(1) }, // due 4
        basics: { doneAt: day(10) }, // due 13
        rnn: { doneAt: day(0), events: [forgot(2)] }, // due 5
      }),
    );
    expect(dueReviews(schedules, day(7)).map((s) => s.id)).toEqual(["cnn", "rnn", "softmax"]);
    expect(dueReviews(schedules, day(3)).map((s) => s.id)).toEqual([]);
    expect(upcomingReviews(schedules, day(4)).map((s) => s.id)).toEqual([
      "rnn",
      "softmax",
      "basics",
    ]);
  });
});

const events = fc.array(
  fc.record({
    at: fc.integer({ min: -5, max: 400 }).map(day),
    result: fc.constantFrom("remembered" as const, "forgot" as const),
  }),
  { maxLength: 12 },
);

describe("review properties", () => {
  it("a topic never falls due before 3 days after it was done", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }).map(day), events, (doneAt, list) => {
        expect(scheduleReview(doneAt, list).due).toBeGreaterThanOrEqual(doneAt + 3 * DAY);
      }),
    );
  });

  it("a Remembered review, at any time, never moves the due date backwards", () => {
    fc.assert(
      fc.property(events, fc.integer({ min: 0, max: 400 }).map(day), (list, at) => {
        const before = scheduleReview(day(0), list).due;
        const after = scheduleReview(day(0), [...list, { at, result: "remembered" }]).due;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it("the order and repetition of events do not matter", () => {
    fc.assert(
      fc.property(events, fc.nat(), (list, seed) => {
        const shuffled = [...list, ...list].sort(
          (a, b) => ((a.at * 31 + seed) % 97) - ((b.at * 31 + seed) % 97),
        );
        expect(scheduleReview(day(0), shuffled)).toEqual(scheduleReview(day(0), list));
      }),
    );
  });

  it("implicit reviews only ever add Remembered reviews, so due dates never move back", () => {
    const ids = ["basics", "softmax", "rnn", "cnn", "attention"];
    fc.assert(
      fc.property(fc.array(events, { minLength: 5, maxLength: 5 }), (perTopic) => {
        const input = new Map(
          ids.map((id, i) => [id, { doneAt: day(0), events: perTopic[i] ?? [] }]),
        );
        const schedules = reviewSchedules(graph, input);
        for (const [id, { doneAt, events: own }] of input) {
          const schedule = schedules.get(id);
          expect(schedule?.due).toBeGreaterThanOrEqual(doneAt + 3 * DAY);
          const implicit = schedule?.reviews.filter((r) => r.via !== undefined) ?? [];
          for (const review of implicit) {
            expect(review.result).toBe("remembered");
            expect(graph.topic(review.via ?? "")?.requires.flat()).toContain(id);
          }
          // Extra Remembered reviews can only push the due date out.
          expect(schedule?.due).toBeGreaterThanOrEqual(scheduleReview(doneAt, own).due);
        }
      }),
    );
  });
});
