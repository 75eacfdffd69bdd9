import fc from "fast-check";
import { mergeProgress } from "../../../src/progress/merge";
import {
  emptyProgress,
  type PersistedProgress,
  restoreProgress,
} from "../../../src/progress/progress-state";

function progress(fields: Partial<PersistedProgress>): PersistedProgress {
  return { ...emptyProgress(), ...fields };
}

describe("mergeProgress", () => {
  it.each([
    [
      "ticks made on each side both survive",
      { done: { a: 1 } },
      { done: { b: 2 } },
      { a: 1, b: 2 },
    ],
    ["a later untick removes a tick", { done: { a: 1 } }, { unticked: { a: 5 } }, {}],
    ["a later tick beats an older untick", { unticked: { a: 1 } }, { done: { a: 5 } }, { a: 5 }],
    [
      "a simultaneous tick and untick keep the tick",
      { done: { a: 5 } },
      { unticked: { a: 5 } },
      { a: 5 },
    ],
    ["the same tick keeps its time", { done: { a: 3 } }, { done: { a: 3 } }, { a: 3 }],
    [
      "a re-tick with an old time but a recent change beats an untick",
      { done: { a: 1 }, changedAt: { a: 9 } },
      { unticked: { a: 5 } },
      { a: 1 },
    ],
  ])("%s", (_, base, over, done) => {
    expect(mergeProgress(progress(base), progress(over)).done).toEqual(done);
    expect(mergeProgress(progress(over), progress(base)).done).toEqual(done);
  });

  it("takes goal and pace from the side that changed them last", () => {
    const older = progress({ goal: "a", hoursPerWeek: 3, settingsAt: 10 });
    const newer = progress({ goal: "b", hoursPerWeek: 9, settingsAt: 20 });
    for (const merged of [mergeProgress(older, newer), mergeProgress(newer, older)]) {
      expect(merged).toMatchObject({ goal: "b", hoursPerWeek: 9, settingsAt: 20 });
    }
  });

  const arbitraryProgress = fc
    .record({
      done: fc.dictionary(fc.constantFrom("a", "b", "c", "d"), fc.nat(20)),
      unticked: fc.dictionary(fc.constantFrom("a", "b", "c", "d"), fc.nat(20)),
      changedAt: fc.dictionary(fc.constantFrom("a", "b", "c", "d"), fc.nat(20)),
    })
    .map((raw) => restoreProgress(raw).progress);

  it("is commutative, associative and idempotent on topics (order of tabs does not matter)", () => {
    fc.assert(
      fc.property(arbitraryProgress, arbitraryProgress, arbitraryProgress, (a, b, c) => {
        const topics = (p: PersistedProgress) => JSON.stringify([p.done, p.unticked, p.changedAt]);
        expect(topics(mergeProgress(a, b))).toBe(topics(mergeProgress(b, a)));
        expect(topics(mergeProgress(mergeProgress(a, b), c))).toBe(
          topics(mergeProgress(a, mergeProgress(b, c))),
        );
        expect(topics(mergeProgress(a, a))).toBe(topics(a));
      }),
      { seed: 99, numRuns: 1000 },
    );
  });
});
