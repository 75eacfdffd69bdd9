/**
 * Properties of merging whole copies of progress (what two tabs do): whatever each copy went
 * through (marks, notes, reviews, undo), merging is commutative, associative and idempotent,
 * and the result is a clean stored value.
 */
import fc from "fast-check";
import { createProgressStore, type Mark, MARKS } from "../../../src/progress";
import { mergeProgress } from "../../../src/progress/merge";
import { type PersistedProgress, restoreProgress } from "../../../src/progress/progress-state";

const T = Date.UTC(2026, 10, 2, 8);
const MINUTE = 60_000;
const LATER = T + 1_000 * MINUTE;

type Op =
  | { readonly op: "mark"; readonly id: string; readonly mark: Mark }
  | { readonly op: "note"; readonly id: string; readonly text: string }
  | { readonly op: "review"; readonly id: string; readonly forgot: boolean; readonly back: number }
  | { readonly op: "undo" };

const id = fc.constantFrom("a", "b", "c");
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant("mark" as const), id, mark: fc.constantFrom<Mark>(...MARKS) }),
  fc.record({ op: fc.constant("note" as const), id, text: fc.constantFrom("", "x", "yy") }),
  fc.record({
    op: fc.constant("review" as const),
    id,
    forgot: fc.boolean(),
    back: fc.integer({ min: 0, max: 3 }),
  }),
  fc.constant({ op: "undo" as const }),
);
const history = fc.record({
  start: fc.integer({ min: 0, max: 20 }),
  ops: fc.array(fc.record({ op, step: fc.integer({ min: 0, max: 3 }) }), { maxLength: 10 }),
});

/** A copy of progress after `ops`, made by a store on its own clock. */
function copyAfter({ start, ops }: { start: number; ops: { op: Op; step: number }[] }) {
  const clock = { now: T + start * MINUTE };
  const store = createProgressStore({ key: "k", storage: null, now: () => clock.now });
  for (const { op, step } of ops) {
    clock.now += step * MINUTE;
    const s = store.getState();
    if (op.op === "mark") s.setMark(op.id, op.mark);
    else if (op.op === "note") s.setNote(op.id, op.text);
    else if (op.op === "review") {
      s.recordReview(op.id, op.forgot ? "forgot" : "remembered", clock.now - op.back * MINUTE, {
        implicitFor: ["c"],
        markInProgress: true,
      });
    } else s.undo();
  }
  return restoreProgress(store.getState(), LATER).progress;
}

const clean = (p: PersistedProgress) => restoreProgress(p, LATER);

describe("merging whole copies", () => {
  it("is commutative, associative and idempotent, and gives a clean value", () => {
    fc.assert(
      fc.property(history, history, history, (x, y, z) => {
        const a = copyAfter(x);
        const b = copyAfter(y);
        const c = copyAfter(z);
        const ab = mergeProgress(a, b);
        expect(clean(ab)).toEqual({ progress: ab, dropped: 0 });
        const topics = (p: PersistedProgress) => ({ ...p, goal: null, settingsAt: 0 });
        expect(topics(mergeProgress(b, a))).toEqual(topics(ab));
        expect(mergeProgress(ab, ab)).toEqual(ab);
        expect(mergeProgress(mergeProgress(ab, a), b)).toEqual(ab);
        expect(topics(mergeProgress(ab, c))).toEqual(topics(mergeProgress(a, mergeProgress(b, c))));
      }),
      { numRuns: 200 },
    );
  });

  it("keeps every review event of both copies that neither removed", () => {
    fc.assert(
      fc.property(history, history, (x, y) => {
        const a = copyAfter(x);
        const b = copyAfter(y);
        const merged = mergeProgress(a, b);
        for (const side of [a, b]) {
          for (const [topic, events] of Object.entries(side.reviews)) {
            for (const event of events) {
              const removedElsewhere = [a, b].some((other) => {
                const change =
                  other.reviewChanges[topic]?.[
                    `${event.at}|${event.result}${event.implicit ? "|implicit" : ""}`
                  ];
                return change !== undefined && !change.present;
              });
              if (!removedElsewhere) expect(merged.reviews[topic]).toContainEqual(event);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
