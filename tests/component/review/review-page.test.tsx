/**
 * The review page through the UI, with the app's one clock injected: which topics are due and
 * in what order, the answers, what a "Remembered" also refreshed, the empty states, the
 * self-check questions, the header count, the outline marker and the calendar export.
 */
import { act, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { markKindOf } from "../../../src/progress/marks";
import { type RenderAppOptions, renderApp, SEED_TIME } from "../render-app";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A clock the test moves by hand. */
function testClock(start: number) {
  let time = start;
  return {
    now: () => time,
    set(to: number) {
      time = to;
    },
  };
}

/** The app at #/review, once every due topic's self-check has loaded (or failed to). */
async function openReview(options: RenderAppOptions) {
  const result = await renderApp({ route: "#/review", ...options });
  await selfChecksSettled();
  return result;
}

/** Waits until no due topic's self-check is still loading. */
async function selfChecksSettled() {
  await waitFor(() =>
    expect(document.querySelector(".review-self-check-status.loading")).toBeNull(),
  );
}

function dueList(name = "Due for review") {
  return screen.getByRole("list", { name });
}

/** The due list's own items (a self-check's question list inside an item is not one). */
function dueItems(name?: string): HTMLElement[] {
  return [...dueList(name).querySelectorAll<HTMLElement>(":scope > li")];
}

function dueIds(name?: string): string[] {
  return dueItems(name).map((item) => item.getAttribute("data-topic-id") ?? "");
}

function statusRegion(): HTMLElement {
  return screen.getByRole("status");
}

describe("Review page", () => {
  it("lists the topics due now, oldest due first, and leaves out known ones and those not yet due", async () => {
    const clock = testClock(SEED_TIME + 3 * DAY + 90 * 60_000);
    const { services } = await openReview({
      lang: "en",
      now: clock.now,
      done: { calculus: SEED_TIME, algebra: SEED_TIME + HOUR, "neural-nets": SEED_TIME + 2 * HOUR },
    });
    expect(dueIds()).toEqual(["calculus", "algebra"]);
    const item = dueItems()[0] as HTMLElement;
    expect(within(item).getByRole("link", { name: "Calculus" })).toHaveAttribute(
      "href",
      "#/topic/calculus",
    );
    expect(within(item).getByRole("button", { name: "Remembered" })).toBeEnabled();
    expect(within(item).getByRole("button", { name: "Forgot" })).toBeEnabled();

    // Known from elsewhere: never scheduled, however late it gets.
    clock.set(SEED_TIME + 30 * DAY);
    act(() => {
      services.progress.getState().setMark("calculus", "known", SEED_TIME);
    });
    await selfChecksSettled();
    expect(dueIds()).toEqual(["algebra", "neural-nets"]);
  });

  it("after Remembered names the prerequisites it also refreshed, and says when the next review is", async () => {
    const clock = testClock(SEED_TIME + 3 * DAY + 1);
    const { user, services } = await openReview({
      lang: "en",
      now: clock.now,
      done: ["algebra", "calculus", "neural-nets"],
    });
    expect(dueIds()).toEqual(["algebra", "calculus", "neural-nets"]);
    const item = dueItems()[2] as HTMLElement;

    await user.click(within(item).getByRole("button", { name: "Remembered" }));

    expect(statusRegion()).toHaveTextContent("Also refreshed: Linear algebra, Calculus");
    expect(screen.getByText("Also refreshed: Linear algebra, Calculus")).toBeVisible();
    expect(screen.queryByRole("list", { name: "Due for review" })).toBeNull();
    expect(
      screen.getByText(/^Nothing is due for review now\. The next review falls due on/),
    ).toBeVisible();
    expect(screen.getByRole("heading", { name: "Due for review" })).toHaveFocus();
    const reviews = services.progress.getState().reviews;
    expect(reviews["neural-nets"]).toEqual([{ at: clock.now(), result: "remembered" }]);
    expect(reviews.algebra).toEqual([{ at: clock.now(), result: "remembered", implicit: true }]);

    // A week later all three come back together (the implicit reviews counted).
    clock.set(SEED_TIME + 10 * DAY + 1);
    act(() => {
      window.dispatchEvent(new HashChangeEvent("hashchange"));
    });
    await selfChecksSettled();
    expect(dueIds()).toEqual(["algebra", "calculus", "neural-nets"]);
  });

  it("Forgot brings the topic back in 3 days and offers to mark it in progress again", async () => {
    const clock = testClock(SEED_TIME + 4 * DAY);
    const { user, services } = await openReview({
      lang: "en",
      now: clock.now,
      done: ["algebra"],
    });
    await user.click(within(dueList()).getByRole("button", { name: "Forgot" }));
    expect(screen.getByText(/^“Linear algebra” comes back for review on /)).toBeVisible();
    expect(services.progress.getState().reviews.algebra).toEqual([
      { at: clock.now(), result: "forgot" },
    ]);
    expect(markKindOf(services.progress.getState(), "algebra")).toBe("done");

    const again = screen.getByRole("button", { name: "Mark “Linear algebra” in progress again" });
    await user.keyboard("{Tab}");
    expect(again).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(markKindOf(services.progress.getState(), "algebra")).toBe("in-progress");
    expect(statusRegion()).toHaveTextContent("“Linear algebra” is in progress again.");
  });

  it("says that nothing is scheduled yet, and the calendar export says why it is disabled", async () => {
    await renderApp({ route: "#/review", lang: "en", now: () => SEED_TIME + DAY });
    expect(screen.getByText(/^Nothing is scheduled for review yet\./)).toBeVisible();
    const exportButton = screen.getByRole("button", { name: "Export reviews to calendar" });
    expect(exportButton).toBeDisabled();
    expect(exportButton).toHaveAccessibleDescription(/no review is scheduled/);
  });

  it("shows a topic's self-check questions, and sends to the topic when it has none", async () => {
    const { user } = await openReview({
      lang: "en",
      now: () => SEED_TIME + 5 * DAY,
      done: ["algebra", "calculus"],
      bodies: {
        algebra: {
          id: "algebra",
          lang: "en",
          html: "<h2>How to read</h2><p>Read it.</p><h2>Self-check</h2><ol><li>What is a basis?</li></ol><h2>Try it</h2><p>Code.</p>",
          resources: [],
        },
      },
    });
    const [algebra, calculus] = dueItems() as [HTMLElement, HTMLElement];
    const fold = await within(algebra).findByText("Self-check questions");
    expect(within(algebra).getByText("What is a basis?")).toBeInTheDocument();
    expect(within(algebra).queryByText("Read it.")).toBeNull();
    expect(await within(calculus).findByText(/has no self-check questions/)).toBeVisible();
    // Folded until opened: recall first, then the questions.
    const details = fold.closest("details") as HTMLDetailsElement;
    expect(details.open).toBe(false);
    await user.click(fold);
    expect(details.open).toBe(true);
  });

  it("works in Chinese: 待复习, 记得, 忘了 and 同时巩固了", async () => {
    const { user } = await openReview({
      lang: "zh",
      now: () => SEED_TIME + 3 * DAY + 1,
      done: ["algebra", "calculus", "neural-nets"],
    });
    expect(dueIds("待复习")).toEqual(["algebra", "calculus", "neural-nets"]);
    const item = dueItems("待复习")[2] as HTMLElement;
    expect(within(item).getByRole("button", { name: "忘了" })).toBeVisible();
    await user.click(within(item).getByRole("button", { name: "记得" }));
    expect(statusRegion()).toHaveTextContent("同时巩固了：线性代数、微积分");
    expect(screen.getByText(/^现在没有需要复习的主题。/)).toBeVisible();
  });
});

describe("Due reviews elsewhere", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("the header link names the count due and the outline marks due topics in text", async () => {
    await renderApp({
      route: "#/",
      lang: "en",
      now: () => SEED_TIME + 3 * DAY + HOUR,
      done: { algebra: SEED_TIME, calculus: SEED_TIME, "neural-nets": SEED_TIME + 2 * HOUR },
    });
    const link = screen.getByRole("link", { name: "Review, 2 due" });
    expect(link).toHaveAttribute("href", "#/review");
    expect(link).toHaveTextContent("2");
    const row = (id: string) =>
      document.querySelector(`main [data-topic-id="${id}"]`) as HTMLElement;
    expect(within(row("algebra")).getByText("Due for review")).toBeVisible();
    expect(within(row("neural-nets")).queryByText("Due for review")).toBeNull();
  });

  it("the header link says 0 due when none are", async () => {
    await renderApp({ route: "#/", lang: "en", now: () => SEED_TIME + DAY, done: ["algebra"] });
    expect(screen.getByRole("link", { name: "Review, 0 due" })).toBeVisible();
  });

  it("the header count follows the injected clock as time passes, without any change of progress", async () => {
    // Only the once-a-minute re-read is faked: everything else runs on real timers.
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    try {
      const clock = testClock(SEED_TIME + 3 * DAY - 60_000);
      await renderApp({ route: "#/", lang: "en", now: clock.now, done: ["algebra"] });
      expect(screen.getByRole("link", { name: "Review, 0 due" })).toBeVisible();
      clock.set(SEED_TIME + 3 * DAY);
      act(() => {
        vi.advanceTimersByTime(60_000);
      });
      expect(screen.getByRole("link", { name: "Review, 1 due" })).toBeVisible();
      const row = document.querySelector('main [data-topic-id="algebra"]') as HTMLElement;
      expect(within(row).getByText("Due for review")).toBeVisible();
    } finally {
      vi.useRealTimers();
    }
  });

  it("exports an .ics with the scheduled reviews, titles in the UI language and links back", async () => {
    const blobs: Blob[] = [];
    Object.defineProperty(URL, "createObjectURL", {
      configurable: true,
      value: vi.fn((blob: Blob) => {
        blobs.push(blob);
        return "blob:calendar";
      }),
    });
    Object.defineProperty(URL, "revokeObjectURL", { configurable: true, value: vi.fn() });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    const { user } = await openReview({
      lang: "zh",
      now: () => SEED_TIME + DAY,
      done: ["algebra"],
    });
    await user.click(screen.getByRole("button", { name: "导出复习日历" }));
    expect(clicked[0]?.download).toMatch(/^jiewang-reviews-\d{4}-\d{2}-\d{2}\.ics$/);
    const text = await (blobs[0] as Blob).text();
    expect(text).toContain("复习：线性代数");
    expect(text).toContain(
      `URL:${window.location.origin}${window.location.pathname}#/topic/algebra`,
    );
    expect(screen.getByText(/^已下载 jiewang-reviews-/, { selector: "p" })).toBeVisible();
  });
});
