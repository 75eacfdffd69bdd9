/**
 * Where focus and the page stand on the outline when its top changes: hiding the welcome by
 * keyboard, the first tick bringing Next up and the progress summary back in the welcome's place,
 * and a keyboard route change to the outline. Real Chromium only: jsdom neither lays out nor
 * scrolls.
 */
import { expect, type Page, test } from "@playwright/test";
import { shownRow, waitForShownRows } from "./shown-rows";

const words = {
  "en-US": {
    welcome: "Welcome",
    hide: "Hide this welcome",
    nextUp: "Next up",
    nav: "Main",
    outline: "Outline",
    outlineHeading: "Outline",
    plan: "Plan",
    notices: "Notifications",
    closeNotice: "Dismiss notification",
  },
  "zh-CN": {
    welcome: "欢迎",
    hide: "不再显示欢迎",
    nextUp: "下一步",
    nav: "主导航",
    outline: "大纲",
    outlineHeading: "学习大纲",
    plan: "学习计划",
    notices: "通知",
    closeNotice: "关闭通知",
  },
} as const;

const screens = [
  { locale: "en-US", viewport: { width: 1280, height: 800 } },
  { locale: "zh-CN", viewport: { width: 360, height: 740 } },
] as const;

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

async function openFreshOutline(page: Page, locale: keyof typeof words) {
  await page.goto("./");
  await waitForShownRows(page.locator("main"));
  await expect(page.getByRole("region", { name: words[locale].welcome })).toBeVisible();
}

/** The first available row whose checkbox shows on the first screen. */
function firstShownAvailable(page: Page): Promise<string> {
  return page.locator("main [data-topic-id][data-state='available']").evaluateAll((rows) => {
    const row = rows.find((candidate) => {
      const box = candidate.querySelector("input[type=checkbox]")?.getBoundingClientRect();
      return box !== undefined && box.height > 0 && box.bottom < window.innerHeight;
    });
    return row?.getAttribute("data-topic-id") ?? "";
  });
}

for (const { locale, viewport } of screens) {
  test.describe(`${locale}, ${viewport.width}×${viewport.height}`, () => {
    test.use({ locale, viewport });
    const say = words[locale];

    test("hiding the welcome by keyboard moves focus to Next up, in its place", async ({
      page,
    }) => {
      await openFreshOutline(page, locale);
      const welcome = page.getByRole("region", { name: say.welcome });
      const hide = welcome.getByRole("button", { name: say.hide });
      await hide.focus();
      await page.keyboard.press("Enter");
      await expect(welcome).toHaveCount(0);
      const heading = page
        .getByRole("region", { name: say.nextUp })
        .getByRole("heading", { level: 2, name: say.nextUp });
      await expect(heading).toBeFocused();
      await expect(heading).toBeInViewport();
    });

    test("the first tick keeps its row still, so a quick second click hits the same row", async ({
      page,
    }) => {
      await openFreshOutline(page, locale);
      expect(await scrollY(page)).toBe(0);
      const id = await firstShownAvailable(page);
      expect(id, "an available row on the first screen").not.toBe("");
      const checkbox = shownRow(page, id).getByRole("checkbox");
      const before = await checkbox.boundingBox();
      if (!before) throw new Error("the checkbox has no box");
      const x = before.x + before.width / 2;
      const y = before.y + before.height / 2;

      // Where the learner's pointer is, as a quick double tap would press it twice.
      await page.mouse.click(x, y);
      await expect(checkbox).toBeChecked();
      // The welcome gave way to Next up and the summary above the row.
      await expect(page.getByRole("region", { name: say.nextUp })).toBeVisible();
      // Still where it was, unless the tick's notice would cover it: then it is scrolled up just
      // clear of the notice. Never pushed down by what came back above it.
      const notices = page.getByRole("region", { name: say.notices });
      await expect(notices).toBeVisible();
      const toastTop = (await notices.boundingBox())?.y ?? Number.NaN;
      await expect
        .poll(async () => {
          const box = await checkbox.boundingBox();
          if (!box) return "no box";
          if (Math.abs(box.y - before.y) < 1) return "held";
          return box.y < before.y && box.y + box.height <= toastTop
            ? "cleared"
            : `moved to ${box.y}`;
        })
        .toMatch(/^(held|cleared)$/);

      // The tick's notice covers a phone's lowest rows: put it away, as the learner would. Where
      // it covered the checkbox, the page has scrolled the checkbox clear of it (focus must not
      // be hidden), so the second click goes where the checkbox is now; it must stay there as
      // the welcome comes back above it.
      const close = page
        .getByRole("region", { name: say.notices })
        .getByRole("button", { name: say.closeNotice });
      await expect(close.first()).toBeVisible();
      while ((await close.count()) > 0) await close.first().click();
      const now = await checkbox.boundingBox();
      if (!now) throw new Error("the checkbox has no box");
      await page.mouse.click(now.x + now.width / 2, now.y + now.height / 2);
      await expect(checkbox).not.toBeChecked();
      await expect(page.getByRole("region", { name: say.welcome })).toBeVisible();
      const back = await checkbox.boundingBox();
      expect(Math.abs((back?.y ?? Number.NaN) - now.y)).toBeLessThan(1);
      await expect(page.locator("main input[type=checkbox]:checked")).toHaveCount(0);
    });

    test("Enter on the header's Outline link focuses the page and keeps the header on screen", async ({
      page,
    }) => {
      await openFreshOutline(page, locale);
      const nav = page.getByRole("navigation", { name: say.nav });
      // The outline's code is loaded already, so it shows at once, at full height.
      await nav.getByRole("link", { name: say.plan, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: say.plan })).toBeVisible();
      await nav.getByRole("link", { name: say.outline, exact: true }).focus();
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1, name: say.outlineHeading })).toBeVisible();
      await expect(page.locator("main")).toBeFocused();
      expect(await scrollY(page)).toBe(0);
      const header = await page.getByRole("banner").boundingBox();
      expect(header?.y).toBe(0);
    });
  });
}
