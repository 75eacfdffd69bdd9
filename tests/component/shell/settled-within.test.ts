import { settledWithin } from "../../../src/ui/settled-within";

describe("settledWithin: how long the first render waits for the page's parts", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const state = (promise: Promise<void>) => {
    let settled = false;
    void promise.then(() => {
      settled = true;
    });
    return () => settled;
  };

  it("resolves as soon as the promise does", async () => {
    const settled = state(settledWithin(Promise.resolve("view"), 2000));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled()).toBe(true);
  });

  it("resolves, never rejects, when the promise fails", async () => {
    const settled = state(settledWithin(Promise.reject(new Error("offline")), 2000));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled()).toBe(true);
  });

  it("stops waiting after the time given when the promise hangs", async () => {
    const settled = state(settledWithin(new Promise(() => {}), 2000));
    await vi.advanceTimersByTimeAsync(1999);
    expect(settled()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled()).toBe(true);
  });
});
