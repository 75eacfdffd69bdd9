import {
  connectCrossTab,
  connectCrossTabReload,
  connectCrossTabWithCatchUp,
  createPreferencesStore,
  createProgressStore,
} from "../../../src/progress";
import { createSharedStorage } from "../../fixtures/progress/memory-storage";

const KEY = "jiewang:/";
const T = Date.UTC(2026, 10, 2, 8); // stored times before 2000 are refused

/** Two tabs on one shared storage, each with its own store, clock and event target. */
function twoTabs() {
  const shared = createSharedStorage();
  const clock = { now: T };
  const open = () => {
    const tab = shared.openTab();
    const store = createProgressStore({ key: KEY, storage: tab.storage, now: () => clock.now });
    const disconnect = connectCrossTab(store, KEY, tab.events, () => clock.now);
    return { store, state: () => store.getState(), disconnect };
  };
  const a = open();
  const b = open();
  const stored = () => JSON.parse(shared.data.get(KEY) ?? "null").state.done;
  return { shared, clock, a, b, stored };
}

describe("progress across tabs", () => {
  it("shows a tick made in another tab without a reload", () => {
    const { shared, a, b } = twoTabs();
    a.state().tick("x");
    shared.deliver();
    expect(b.state().done).toEqual({ x: T });
  });

  it("keeps ticks made in both tabs, even before either has heard of the other", () => {
    const { shared, clock, a, b, stored } = twoTabs();
    a.state().tick("x");
    clock.now = T + 1_000;
    b.state().tick("y"); // b is stale: it has not received a's event yet
    expect(stored()).toEqual({ x: T, y: T + 1_000 });
    shared.deliver();
    expect(a.state().done).toEqual({ x: T, y: T + 1_000 });
    expect(b.state().done).toEqual({ x: T, y: T + 1_000 });
  });

  it("propagates an untick instead of letting the other tab bring the topic back", () => {
    const { shared, clock, a, b, stored } = twoTabs();
    a.state().tick(["x", "y"]);
    shared.deliver();
    clock.now = T + 1_000;
    b.state().untick("x");
    shared.deliver();
    expect(a.state().done).toEqual({ y: T });
    clock.now = T + 2_000;
    a.state().tick("z"); // a's write must not resurrect x
    shared.deliver();
    expect(stored()).toEqual({ y: T, z: T + 2_000 });
    expect(b.state().done).toEqual({ y: T, z: T + 2_000 });
  });

  it("lets an undo in one tab win over the older state in the other", () => {
    const { shared, clock, a, b } = twoTabs();
    a.state().tick("x");
    shared.deliver();
    clock.now = T + 1_000;
    a.state().undo();
    shared.deliver();
    expect(b.state().done).toEqual({});
  });

  it("settles: tabs do not keep echoing writes to each other", () => {
    const { shared, clock, a, b } = twoTabs();
    for (let i = 0; i < 20; i++) {
      clock.now += 10;
      (i % 2 === 0 ? a : b).state().tick(`t${i}`);
      if (i % 3 === 0) (i % 2 === 0 ? b : a).state().untick(`t${i - 1}`);
    }
    shared.deliver(100);
    expect(shared.pending()).toBe(0);
    expect(a.state().done).toEqual(b.state().done);
  });

  it("ignores unreadable values and other keys, and stops after disconnecting", () => {
    const { a, b } = twoTabs();
    const events = new EventTarget();
    const disconnect = connectCrossTab(b.store, KEY, events);
    events.dispatchEvent(new StorageEvent("storage", { key: KEY, newValue: "garbage" }));
    events.dispatchEvent(
      new StorageEvent("storage", {
        key: "other",
        newValue: JSON.stringify({ state: { done: { q: T } }, version: 2 }),
      }),
    );
    expect(b.state().done).toEqual({});
    disconnect();
    events.dispatchEvent(
      new StorageEvent("storage", {
        key: KEY,
        newValue: JSON.stringify({ state: { done: { q: T } }, version: 2 }),
      }),
    );
    expect(b.state().done).toEqual({});
    expect(a.state().done).toEqual({});
  });

  it("merges a write from a tab still running the version-1 app", () => {
    const { b } = twoTabs();
    const events = new EventTarget();
    connectCrossTab(b.store, KEY, events);
    events.dispatchEvent(
      new StorageEvent("storage", {
        key: KEY,
        newValue: JSON.stringify({ state: { done: ["old"] }, version: 1 }),
      }),
    );
    expect(b.state().done).toEqual({ old: 0 });
  });

  it("a stale tab's write keeps the other tab's ticks in memory too, not only in storage", () => {
    const { clock, a, b, stored } = twoTabs();
    a.state().tick("x");
    clock.now = T + 1_000;
    b.state().tick("y"); // before a's event arrives
    // b's write merged a's tick into storage and into b's own state.
    expect(stored()).toEqual({ x: T, y: T + 1_000 });
    expect(b.state().done).toEqual({ x: T, y: T + 1_000 });
    clock.now = T + 2_000;
    b.state().untick("x");
    expect(stored()).toEqual({ y: T + 1_000 });
  });

  it("catches up with a write made before it started listening", () => {
    const shared = createSharedStorage();
    const tabA = shared.openTab();
    const tabB = shared.openTab();
    const a = createProgressStore({ key: KEY, storage: tabA.storage, now: () => T });
    const b = createProgressStore({ key: KEY, storage: tabB.storage, now: () => T });
    a.getState().tick("x");
    const window = Object.assign(new EventTarget(), { localStorage: tabB.storage as Storage });
    const stop = connectCrossTabWithCatchUp(b, KEY, window, () => T);
    expect(b.getState().done).toEqual({ x: T });
    stop();
  });
});
describe("preferences across tabs", () => {
  it("follows a language change made in another tab", () => {
    const shared = createSharedStorage();
    const tabA = shared.openTab();
    const tabB = shared.openTab();
    const a = createPreferencesStore({ key: "prefs", storage: tabA.storage });
    const b = createPreferencesStore({ key: "prefs", storage: tabB.storage });
    connectCrossTabReload(b, "prefs", tabB.events);
    a.getState().setLang("en");
    shared.deliver();
    expect(b.getState().lang).toBe("en");
  });
});
