/**
 * Review on the built site, in both languages: tick a topic and one it unlocks, move the
 * browser's clock (Playwright's page.clock, installed before the app loads) past the first
 * review date, review the later topic by keyboard, and see the earlier one refreshed with it.
 * Axe checks the due list in both themes. Topic ids come from the page, so any curriculum with
 * a chain of two topics will do.
 */
import { expect, type Locator, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { shownIdsWithState, shownRow, waitForShownRows } from "./shown-rows";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** When the learner ticks: a fixed, plausible moment. */
const START = new Date("2026-03-02T09:00:00Z");

const WORDS = {
  "en-US": {
    review: "Review",
    dueName: (count: number) => `Review, ${count} due`,
    noneDue: "Review, 0 due",
    dueList: "Due for review",
    remembered: "Remembered",
    forgot: "Forgot",
    refreshed: (title: string) => `Also refreshed: ${title}`,
    nextDue: /The next review falls due on /,
    marker: "Due for review",
    markInProgress: (title: string) => `Mark “${title}” in progress again`,
  },
  "zh-CN": {
    review: "复习",
    dueName: (count: number) => `复习（${count} 项待复习）`,
    noneDue: "复习（0 项待复习）",
    dueList: "待复习",
    remembered: "记得",
    forgot: "忘了",
    refreshed: (title: string) => `同时巩固了：${title}`,
    nextDue: /下一次复习在 /,
    marker: "待复习",
    markInProgress: (title: string) => `把“${title}”重新标为学习中`,
  },
} as const;

async function titleOf(page: Page, id: string): Promise<string> {
  const link = shownRow(page, id).locator(`a[href$="#/topic/${id}"]`).first();
  return ((await link.textContent()) ?? "").trim();
}

/** Ticks the first available topic and then one it unlocks, an hour apart. */
async function tickChain(page: Page): Promise<{ first: string; second: string }> {
  const main = page.locator("main");
  await waitForShownRows(main);
  const before = await shownIdsWithState(main, "available");
  const first = before[0] ?? "";
  expect(first, "the outline offers an available topic").not.toBe("");
  await shownRow(page, first).getByRole("checkbox").check();
  await expect(shownRow(page, first)).toHaveAttribute("data-state", "done");
  const unlocked = (await shownIdsWithState(main, "available")).filter(
    (id) => !before.includes(id),
  );
  const second = unlocked[0] ?? "";
  expect(second, "ticking the first topic unlocks another").not.toBe("");
  await page.clock.fastForward(HOUR);
  await shownRow(page, second).getByRole("checkbox").check();
  await expect(shownRow(page, second)).toHaveAttribute("data-state", "done");
  return { first, second };
}

async function dueIds(list: Locator): Promise<string[]> {
  return list
    .locator(":scope > li[data-topic-id]")
    .evaluateAll((items) => items.map((item) => item.getAttribute("data-topic-id") ?? ""));
}

/** Presses Tab until `target` has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 200) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`could not reach ${target} with Tab`);
}

for (const locale of ["en-US", "zh-CN"] as const) {
  test.describe(locale, () => {
    test.use({ locale });
    const words = WORDS[locale];

    test("topics come due as the clock moves, and remembering one refreshes its prerequisite", async ({
      page,
    }) => {
      await page.clock.install({ time: START });
      await page.goto("./");
      const { first, second } = await tickChain(page);
      const firstTitle = await titleOf(page, first);
      await expect(page.getByRole("link", { name: words.noneDue })).toBeVisible();

      // Not yet: three days after the first tick, less a minute.
      await page.clock.fastForward(3 * DAY - HOUR - 60_000);
      await expect(page.getByRole("link", { name: words.noneDue })).toBeVisible();
      // Then both, the earlier one first; the outline marks them.
      await page.clock.fastForward(HOUR + 2 * 60_000);
      const reviewLink = page.getByRole("link", { name: words.dueName(2) });
      await expect(reviewLink).toBeVisible();
      await expect(shownRow(page, first)).toContainText(words.marker);

      await reviewLink.click();
      await expect(page).toHaveURL(/#\/review$/);
      const list = page.getByRole("list", { name: words.dueList, exact: true });
      await expect(list).toBeVisible();
      expect(await dueIds(list)).toEqual([first, second]);

      // By keyboard: "Remembered" on the later topic.
      const secondItem = list.locator(`:scope > li[data-topic-id="${second}"]`);
      const remembered = secondItem.getByRole("button", { name: words.remembered, exact: true });
      await tabTo(page, remembered);
      await page.keyboard.press("Enter");

      await expect(page.getByRole("status")).toContainText(words.refreshed(firstTitle));
      await expect(page.getByText(words.refreshed(firstTitle), { exact: true })).toBeVisible();
      await expect(list).toBeHidden();
      await expect(page.getByText(words.nextDue)).toBeVisible();
      await expect(page.getByRole("link", { name: words.noneDue })).toBeVisible();

      // Kept after a reload; a week later both are due again together.
      await page.reload();
      await expect(page.getByText(words.nextDue)).toBeVisible();
      await page.clock.fastForward(7 * DAY);
      await expect(page.getByRole("link", { name: words.dueName(2) })).toBeVisible();
      await expect(list).toBeVisible();
      // Due at the same moment now (the implicit review counted as one), in either order.
      expect((await dueIds(list)).sort()).toEqual([first, second].sort());

      // "Forgot" on one: it leaves the list, and the learner may study it again.
      const firstItem = list.locator(`:scope > li[data-topic-id="${first}"]`);
      await firstItem.getByRole("button", { name: words.forgot, exact: true }).click();
      await expect(list.locator(":scope > li")).toHaveCount(1);
      expect(await dueIds(list)).toEqual([second]);
      const again = page.getByRole("button", {
        name: words.markInProgress(firstTitle),
        exact: true,
      });
      await page.keyboard.press("Tab");
      await expect(again).toBeFocused();
      await page.keyboard.press("Enter");
      await page.goto("./");
      await expect(shownRow(page, first)).not.toHaveAttribute("data-state", "done");
    });
  });
}

for (const scheme of ["light", "dark"] as const) {
  test(`the review page with topics due has no axe violations (${scheme} theme)`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.clock.install({ time: START });
    await page.goto("./");
    await tickChain(page);
    await page.clock.fastForward(4 * DAY);
    await page.goto("./#/review");
    await expect(page.getByRole("list", { name: /^(Due for review|待复习)$/ })).toBeVisible();
    await expectNoAxeViolations(page);
    // With the self-check questions opened.
    const summaries = page.locator("main details > summary");
    for (const summary of await summaries.all()) await summary.click();
    await expectNoAxeViolations(page);
  });
}
