/**
 * Undo in a real browser: where focus goes after it, the Ctrl+Z shortcut, and a toast that never
 * hides the control just used (phone-sized screen). Topic ids come from the page itself.
 */
import { expect, type Locator, type Page, test } from "@playwright/test";
import { openLearner } from "./learner";
import { shownIdsWithState, shownRow } from "./shown-rows";

const WORDS = {
  "en-US": { toasts: "Notifications", undo: "Undo", undone: "Undone.", hint: "Press Ctrl+Z" },
  "zh-CN": { toasts: "通知", undo: "撤销", undone: "已撤销。", hint: "按 Ctrl+Z 撤销" },
} as const;

/** The first available topic's row and checkbox on the outline. */
async function firstAvailable(page: Page): Promise<{ row: Locator; checkbox: Locator }> {
  const [id] = await shownIdsWithState(page.locator("main"), "available");
  if (!id) throw new Error("the outline offers no available topic");
  const row = shownRow(page, id);
  return { row, checkbox: row.getByRole("checkbox") };
}

for (const locale of ["en-US", "zh-CN"] as const) {
  const words = WORDS[locale];

  test.describe(locale, () => {
    test.use({ locale });

    test("Undo by mouse or Enter gives focus back to the checkbox", async ({ browser }) => {
      const { context, page, errors } = await openLearner(browser);
      const { row, checkbox } = await firstAvailable(page);
      const toasts = page.getByRole("region", { name: words.toasts });
      const undo = toasts.getByRole("button", { name: words.undo });

      await checkbox.click();
      await expect(row).toHaveAttribute("data-state", "done");
      await undo.click();
      await expect(row).toHaveAttribute("data-state", "available");
      await expect(checkbox).toBeFocused();

      await checkbox.press("Space");
      await expect(row).toHaveAttribute("data-state", "done");
      await undo.focus();
      await page.keyboard.press("Enter");
      await expect(row).toHaveAttribute("data-state", "available");
      await expect(checkbox).toBeFocused();
      await expect(page.getByRole("status")).toHaveText(words.undone);
      expect(errors).toEqual([]);
      await context.close();
    });

    test("Ctrl+Z undoes the last change, not typing in a text field", async ({ browser }) => {
      const { context, page, errors } = await openLearner(browser);
      const { row, checkbox } = await firstAvailable(page);
      const toasts = page.getByRole("region", { name: words.toasts });

      await checkbox.focus();
      await page.keyboard.press("Space");
      await expect(row).toHaveAttribute("data-state", "done");
      await expect(toasts.getByRole("button", { name: words.undo })).toHaveAttribute(
        "aria-keyshortcuts",
        "Control+Z",
      );
      await expect(toasts).toContainText(words.hint);
      await page.keyboard.press("Control+z");
      await expect(row).toHaveAttribute("data-state", "available");
      await expect(page.getByRole("status")).toHaveText(words.undone);
      await expect(checkbox).toBeFocused();
      await expect(toasts).toBeHidden();

      // In a text field Ctrl+Z is the browser's own text undo.
      await page.keyboard.press("Space");
      await expect(row).toHaveAttribute("data-state", "done");
      const search = page.getByRole("searchbox");
      await search.fill("x");
      await search.press("Control+z");
      await expect(row).toHaveAttribute("data-state", "done");
      expect(errors).toEqual([]);
      await context.close();
    });
  });
}

test.describe("on a phone", () => {
  test.use({
    locale: "zh-CN",
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  });

  test("the toast does not cover the checkbox just ticked, nor the next one focused", async ({
    browser,
  }) => {
    const { context, page, errors } = await openLearner(browser);
    const { row, checkbox } = await firstAvailable(page);
    await checkbox.tap();
    await expect(row).toHaveAttribute("data-state", "done");
    const toast = page.getByRole("region", { name: WORDS["zh-CN"].toasts }).locator(".toast");
    await expect(toast).toBeVisible();
    await expect.poll(() => gap(checkbox, toast)).toBeGreaterThanOrEqual(0);

    // Focus moving on by keyboard is scrolled clear of the toast as well.
    const next = page.locator("main").getByRole("checkbox").nth(1);
    await next.focus();
    await expect(toast).toBeVisible();
    await expect.poll(() => gap(next, toast)).toBeGreaterThanOrEqual(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** Space between the bottom of `control` and the top of `toast`; negative when it is covered. */
async function gap(control: Locator, toast: Locator): Promise<number> {
  const [box, area] = await Promise.all([control.boundingBox(), toast.boundingBox()]);
  if (!box || !area) throw new Error("not laid out");
  return area.y - (box.y + box.height);
}
