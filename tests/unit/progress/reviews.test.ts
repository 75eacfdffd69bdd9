/**
 * Review history (interface.md §5): `recordReview` stores events per topic, sorted and without
 * duplicates, whatever the clock does; implicit reviews and "Forgot" with "mark in progress"
 * are one undo step with the review.
 */
import fc from "fast-check";
import {
  createProgressStore,
  markKindOf,
  type ReviewEvent,
  reviewInputs,
  reviewsOf,
} from "../../../src/progress";
import { mergeReviews, type ReviewMap, unionEvents } from "../../../src/progress/reviews-state";
import { MemoryStorage } from "../../fixtures/progress/memory-storage";

const T = Date.UTC(2026, 10, 2, 8);
const DAY = 86_400_000;

function setup() {
  const clock = { now: T };
  const storage = new MemoryStorage();
  const store = createProgressStore({ key: "test", storage, now: () => clock.now });
  const saved = () => JSON.parse(storage.getItem("test") ?? "null").state;
  return { store, storage, clock, state: () => store.getState(), saved };
}

describe("recordReview", () => {
  it("stores a review with its time and result, and saves it", () => {
    const { state, clock, saved } = setup();
    state().tick("softmax");
    clock.now = T + 3 * DAY;
    expect(state().recordReview("softmax", "remembered")).toEqual({
      recorded: true,
      refreshed: [],
      markedInProgress: false,
    });
    state().recordReview("softmax", "forgot", T + 10 * DAY);
    expect(reviewsOf(state().reviews, "softmax")).toEqual([
      { at: T + 3 * DAY, result: "remembered" },
      { at: T + 10 * DAY, result: "forgot" },
    ]);
    expect(saved().reviews.softmax).toHaveLength(2);
    expect(markKindOf(state(), "softmax")).toBe("done");
  });

  it("keeps the same review once", () => {
    const { state } = setup();
    expect(state().recordReview("a", "remembered", T).recorded).toBe(true);
    expect(state().recordReview("a", "remembered", T).recorded).toBe(false);
    expect(reviewsOf(state().reviews, "a")).toHaveLength(1);
    expect(state().history).toHaveLength(1);
  });

  it("loses and duplicates nothing when the clock goes back", () => {
    const { state, clock } = setup();
    clock.now = T + 5 * DAY;
    state().recordReview("a", "remembered");
    clock.now = T - 2 * DAY; // a machine with a wrong date
    state().recordReview("a", "forgot");
    clock.now = T + 5 * DAY;
    state().recordReview("a", "remembered");
    expect(reviewsOf(state().reviews, "a")).toEqual([
      { at: T - 2 * DAY, result: "forgot" },
      { at: T + 5 * DAY, result: "remembered" },
    ]);
  });

  it("adds implicit reviews to the topics a Remembered review refreshed", () => {
    const { state } = setup();
    const outcome = state().recordReview("bert", "remembered", T, {
      implicitFor: ["transformer", "word2vec", "bert", "not an id"],
    });
    expect(outcome.refreshed).toEqual(["transformer", "word2vec"]);
    expect(reviewsOf(state().reviews, "transformer")).toEqual([
      { at: T, result: "remembered", implicit: true },
    ]);
    expect(reviewsOf(state().reviews, "bert")).toEqual([{ at: T, result: "remembered" }]);
  });

  it("adds no implicit reviews for Forgot", () => {
    const { state } = setup();
    state().recordReview("bert", "forgot", T, { implicitFor: ["transformer"] });
    expect(state().reviews).not.toHaveProperty("transformer");
  });

  it("sets a forgotten topic in progress when asked, keeping its history", () => {
    const { state, clock } = setup();
    state().tick("a");
    clock.now = T + 3 * DAY;
    state().recordReview("a", "remembered");
    clock.now = T + 10 * DAY;
    expect(state().recordReview("a", "forgot", undefined, { markInProgress: true })).toMatchObject({
      recorded: true,
      markedInProgress: true,
    });
    expect(markKindOf(state(), "a")).toBe("in-progress");
    expect(state().inProgress).toEqual({ a: T + 10 * DAY });
    expect(reviewsOf(state().reviews, "a")).toHaveLength(2);
    // Without the option the mark stays.
    state().tick("b");
    state().recordReview("b", "forgot");
    expect(markKindOf(state(), "b")).toBe("done");
  });

  it("undoes a review, its implicit ones and its mark change in one step", () => {
    const { state } = setup();
    state().tick(["a", "b"]);
    state().recordReview("a", "remembered", T + DAY, { implicitFor: ["b"] });
    state().recordReview("a", "forgot", T + 2 * DAY, { markInProgress: true });
    expect(state().undo()).toBe(true);
    expect(markKindOf(state(), "a")).toBe("done");
    expect(reviewsOf(state().reviews, "a")).toHaveLength(1);
    expect(state().undo()).toBe(true);
    expect(state().reviews).toEqual({});
    expect(state().done).toEqual({ a: T, b: T });
  });

  it("refuses results it does not know and ids that cannot be ids", () => {
    const { state, storage } = setup();
    expect(state().recordReview("a", "maybe" as "forgot").recorded).toBe(false);
    expect(state().recordReview("__proto__", "forgot").recorded).toBe(false);
    expect(storage.writes).toBe(0);
  });

  it("restores stored events sorted and without duplicates, dropping bad ones", () => {
    const storage = new MemoryStorage({
      test: JSON.stringify({
        state: {
          reviews: {
            a: [
              { at: T + 2, result: "forgot" },
              { at: T, result: "remembered" },
              { at: T + 2, result: "forgot" },
              { at: "soon", result: "forgot" },
              { at: T, result: "meh" },
            ],
            "bad id": [{ at: T, result: "forgot" }],
          },
        },
        version: 3,
      }),
    });
    const store = createProgressStore({ key: "test", storage, now: () => T });
    expect(store.getState().reviews).toEqual({
      a: [
        { at: T, result: "remembered" },
        { at: T + 2, result: "forgot" },
      ],
    });
    expect(store.getState().storageIssue).toBe("corrupt");
  });
});

describe("merging review histories", () => {
  const event: fc.Arbitrary<ReviewEvent> = fc
    .record({
      at: fc.integer({ min: T, max: T + 4 }),
      result: fc.constantFrom("remembered" as const, "forgot" as const),
      implicit: fc.boolean(),
    })
    .map(({ at, result, implicit }) => (implicit ? { at, result, implicit } : { at, result }));
  const history = fc.array(event, { maxLength: 8 }).map((list) => unionEvents([], dedupe(list)));
  const histories: fc.Arbitrary<ReviewMap> = fc.dictionary(fc.constantFrom("a", "b"), history);

  function dedupe(list: ReviewEvent[]): ReviewEvent[] {
    const byKey = new Map(list.map((e) => [`${e.at}|${e.result}|${e.implicit === true}`, e]));
    return [...byKey.values()].sort(
      (x, y) =>
        x.at - y.at ||
        (x.result < y.result ? -1 : x.result > y.result ? 1 : 0) ||
        Number(x.implicit === true) - Number(y.implicit === true),
    );
  }

  it("is the union: commutative, associative, idempotent, sorted, without duplicates", () => {
    fc.assert(
      fc.property(histories, histories, histories, (x, y, z) => {
        const xy = mergeReviews(x, y);
        expect(mergeReviews(y, x)).toEqual(xy);
        expect(mergeReviews(xy, z)).toEqual(mergeReviews(x, mergeReviews(y, z)));
        expect(mergeReviews(x, x)).toEqual(x);
        for (const id of new Set([...Object.keys(x), ...Object.keys(y)])) {
          expect(xy[id]).toEqual(dedupe([...(x[id] ?? []), ...(y[id] ?? [])]));
        }
      }),
    );
  });
});

describe("reviewInputs", () => {
  it("gives the engine every done (not known) topic with its done time and own reviews", () => {
    const { state } = setup();
    state().tick(["a", "b"]);
    state().setMark("k", "known");
    state().setMark("p", "in-progress");
    state().recordReview("a", "remembered", T + DAY, { implicitFor: ["b"] });
    const inputs = reviewInputs(state());
    expect([...inputs.keys()].sort()).toEqual(["a", "b"]);
    expect(inputs.get("a")).toEqual({ doneAt: T, events: [{ at: T + DAY, result: "remembered" }] });
    expect(inputs.get("b")).toEqual({ doneAt: T, events: [] });
    expect(reviewInputs(state(), true).get("b")?.events).toHaveLength(1);
  });

  it("passes reviews kept under an id with no done entry, with no done time", () => {
    // A topic ticked as "old-id" and, after a rename, reviewed as "new-id": the engine counts
    // the two ids of one topic together (graph/review.ts).
    const { state } = setup();
    state().tick(["old-id"]);
    state().recordReview("new-id", "remembered", T + DAY);
    state().setMark("k", "known");
    state().recordReview("k", "forgot", T + DAY);
    const inputs = reviewInputs(state());
    expect(inputs.get("old-id")).toEqual({ doneAt: T, events: [] });
    expect(inputs.get("new-id")?.doneAt).toBeNaN();
    expect(inputs.get("new-id")?.events).toEqual([{ at: T + DAY, result: "remembered" }]);
    // A known topic's reviews make no schedule: no done time either.
    expect(inputs.get("k")?.doneAt).toBeNaN();
  });
});
