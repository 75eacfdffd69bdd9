/**
 * Marks, notes and review history across tabs: two stores on one shared storage, told of each
 * other's writes by `storage` events (delivered when the test says, as a browser does later).
 */
import {
  connectCrossTab,
  createProgressStore,
  markKindOf,
  noteOf,
  reviewsOf,
} from "../../../src/progress";
import { createSharedStorage } from "../../fixtures/progress/memory-storage";

const KEY = "jiewang:/";
const T = Date.UTC(2026, 10, 2, 8);

function twoTabs() {
  const shared = createSharedStorage();
  const clock = { now: T };
  const open = () => {
    const tab = shared.openTab();
    const store = createProgressStore({ key: KEY, storage: tab.storage, now: () => clock.now });
    connectCrossTab(store, KEY, tab.events, () => clock.now);
    return () => store.getState();
  };
  const a = open();
  const b = open();
  const stored = () => JSON.parse(shared.data.get(KEY) ?? "null").state;
  return { shared, clock, a, b, stored };
}

describe("marks, notes and reviews across tabs", () => {
  it("shows a mark set in another tab, and the later change of one topic wins", () => {
    const { shared, clock, a, b, stored } = twoTabs();
    a().setMark("x", "in-progress");
    clock.now = T + 1_000;
    b().setMark("x", "known"); // b has not heard of a's mark yet
    b().setMark("y", "done");
    shared.deliver();
    for (const tab of [a, b]) {
      expect(markKindOf(tab(), "x")).toBe("known");
      expect(markKindOf(tab(), "y")).toBe("done");
    }
    clock.now = T + 2_000;
    a().setMark("x", "none");
    shared.deliver();
    expect(markKindOf(b(), "x")).toBe("none");
    expect(stored().done).toEqual({ y: T + 1_000 });
  });

  it("keeps the later write of the same note and merges notes of different topics", () => {
    const { shared, clock, a, b, stored } = twoTabs();
    a().setNote("x", "from a");
    clock.now = T + 1_000;
    b().setNote("x", "from b, later");
    b().setNote("y", "only in b");
    clock.now = T + 2_000;
    a().setNote("z", "only in a"); // a is stale: its write must keep b's notes
    expect(noteOf(stored().notes, "x")).toBe("from b, later");
    expect(noteOf(stored().notes, "y")).toBe("only in b");
    shared.deliver();
    for (const tab of [a, b]) {
      expect(noteOf(tab().notes, "x")).toBe("from b, later");
      expect(noteOf(tab().notes, "y")).toBe("only in b");
      expect(noteOf(tab().notes, "z")).toBe("only in a");
    }
  });

  it("propagates a deleted note instead of letting the other tab bring it back", () => {
    const { shared, clock, a, b, stored } = twoTabs();
    a().setNote("x", "draft");
    shared.deliver();
    clock.now = T + 1_000;
    b().setNote("x", "");
    shared.deliver();
    expect(noteOf(a().notes, "x")).toBe("");
    clock.now = T + 2_000;
    a().setNote("y", "other");
    shared.deliver();
    expect(noteOf(stored().notes, "x")).toBe("");
    expect(noteOf(b().notes, "y")).toBe("other");
  });

  it("types in one tab while the other shows every keystroke, without echoing", () => {
    const { shared, a, b } = twoTabs();
    let text = "";
    for (const char of "hello") {
      text += char;
      a().setNote("x", text);
      shared.deliver();
      expect(noteOf(b().notes, "x")).toBe(text);
    }
    expect(shared.pending()).toBe(0);
  });

  it("unions review events recorded in both tabs, even with clocks that disagree", () => {
    const { shared, clock, a, b, stored } = twoTabs();
    a().recordReview("x", "remembered", T + 5_000);
    clock.now = T - 60_000; // b's machine is behind
    b().recordReview("x", "forgot");
    b().recordReview("x", "remembered", T + 5_000); // the same event as a's
    shared.deliver();
    const expected = [
      { at: T - 60_000, result: "forgot" },
      { at: T + 5_000, result: "remembered" },
    ];
    expect(reviewsOf(a().reviews, "x")).toEqual(expected);
    expect(reviewsOf(b().reviews, "x")).toEqual(expected);
    expect(stored().reviews.x).toEqual(expected);
  });

  it("keeps an undone review undone in both tabs", () => {
    const { shared, clock, a, b, stored } = twoTabs();
    a().recordReview("x", "remembered", T, { implicitFor: ["y"] });
    shared.deliver();
    expect(reviewsOf(b().reviews, "y")).toHaveLength(1);
    clock.now = T + 1_000;
    a().undo(); // a mistaken click, taken back
    shared.deliver();
    clock.now = T + 2_000;
    b().recordReview("z", "forgot"); // b writes again: it must not bring the review back
    shared.deliver();
    for (const tab of [a, b]) {
      expect(reviewsOf(tab().reviews, "x")).toEqual([]);
      expect(reviewsOf(tab().reviews, "y")).toEqual([]);
      expect(reviewsOf(tab().reviews, "z")).toHaveLength(1);
    }
    expect(Object.keys(stored().reviews)).toEqual(["z"]);
  });

  it("brings reviews back in both tabs when a replacing import is undone", () => {
    const { shared, clock, a, b } = twoTabs();
    a().recordReview("x", "remembered", T);
    shared.deliver();
    clock.now = T + 1_000;
    a().importFile({ marks: {}, notes: {}, reviews: {} }, "replace");
    shared.deliver();
    expect(reviewsOf(b().reviews, "x")).toEqual([]);
    clock.now = T + 2_000;
    a().undo();
    shared.deliver();
    for (const tab of [a, b]) {
      expect(reviewsOf(tab().reviews, "x")).toEqual([{ at: T, result: "remembered" }]);
    }
  });
});
