/**
 * A phone-first header and a graph that opens on the learner's path (issue "First visit"): the
 * header's height and the first topic row at 360 × 740 in both languages, the menu by keyboard
 * alone, and the graph's opening zoom and frame.
 */
import { expect, type Locator, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { openMenuIfCollapsed } from "./header-menu";

test.use({ serviceWorkers: "block" });

const MENU = /^(Menu|菜单)$/;

for (const locale of ["en-US", "zh-CN"]) {
  test.describe(`at 360 × 740 in ${locale}`, () => {
    test.use({ locale, viewport: { width: 360, height: 740 } });

    test("the header is at most 64 px tall and a topic row shows on the first screen, with the welcome and after it", async ({
      page,
    }) => {
      await page.goto("./#/");
      const row = page.locator("main [data-topic-id]").first();
      await expect(row).toBeVisible();
      const header = await page.getByRole("banner").boundingBox();
      expect(header?.height).toBeLessThanOrEqual(64);
      // The row's title line at least is on the first screen, before any scrolling.
      const expectRowOnFirstScreen = async () => {
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        const box = await row.boundingBox();
        expect((box?.y ?? Number.POSITIVE_INFINITY) + 24).toBeLessThanOrEqual(740);
        // Nothing runs off the side of the phone.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBe(0);
      };
      // A fresh visit: the welcome shows, in place of Next up and the progress summary.
      const welcome = page.getByRole("region", { name: /^(Welcome|欢迎)$/ });
      await expect(welcome).toBeVisible();
      await expectRowOnFirstScreen();
      // A returning learner's outline, once the welcome is put away: Next up and the summary.
      await welcome.getByRole("button", { name: /^(Hide this welcome|不再显示欢迎)$/ }).click();
      await expect(welcome).toHaveCount(0);
      await expect(page.getByRole("region", { name: /^(Next up|下一步)$/ })).toBeVisible();
      await expect(page.getByRole("region", { name: /^(Progress|进度)$/ })).toBeVisible();
      await expectRowOnFirstScreen();
    });

    test("the menu holds Language, Theme, Share, Export and Import file", async ({ page }) => {
      await page.goto("./#/");
      await openMenuIfCollapsed(page);
      const zh = locale === "zh-CN";
      const header = page.getByRole("banner");
      await expect(header.getByRole("combobox", { name: zh ? "语言" : "Language" })).toBeVisible();
      await expect(header.getByRole("combobox", { name: zh ? "主题" : "Theme" })).toBeVisible();
      for (const name of zh ? ["分享", "导出", "导入文件"] : ["Share", "Export", "Import file"]) {
        await expect(header.getByRole("button", { name, exact: true })).toBeVisible();
      }
      // The open menu stays on the screen.
      const panel = await header.locator(".header-menu-panel").boundingBox();
      expect(panel?.x).toBeGreaterThanOrEqual(0);
      expect((panel?.x ?? 0) + (panel?.width ?? 0)).toBeLessThanOrEqual(360);
      // And passes axe, with Share's panel open inside it, in both themes.
      await header.getByRole("button", { name: zh ? "分享" : "Share", exact: true }).click();
      await expect(
        header.getByRole("textbox", { name: zh ? "分享链接" : "Share link" }),
      ).toBeVisible();
      for (const scheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await expectNoAxeViolations(page, ".site-header");
      }
    });
  });
}

test.describe("the menu by keyboard alone", () => {
  test.use({ locale: "en-US", viewport: { width: 1280, height: 800 } });

  test("Enter opens it, Tab walks through it, Escape closes it and returns focus", async ({
    page,
  }) => {
    await page.goto("./#/");
    await expect(page.locator("main [data-topic-id]").first()).toBeVisible();
    const menu = page.getByRole("button", { name: MENU });
    // Share stays beside the menu at this width.
    await expect(page.getByRole("banner").getByRole("button", { name: "Share" })).toBeVisible();
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByRole("combobox", { name: "Language" })).toBeHidden();

    // From the page's start, by Tab alone, to the menu button.
    for (let step = 0; step < 20; step++) {
      await page.keyboard.press("Tab");
      if (await menu.evaluate((element) => element === document.activeElement)) break;
    }
    await expect(menu).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("combobox", { name: "Language" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("combobox", { name: "Theme" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Export" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Import file" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toBeFocused();
    await expect(page.getByRole("button", { name: "Export" })).toBeHidden();

    // Space opens it too; tabbing past its last control closes it.
    await page.keyboard.press("Space");
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    for (let step = 0; step < 5; step++) await page.keyboard.press("Tab");
    await expect(menu).toHaveAttribute("aria-expanded", "false");

    // The theme chosen from the keyboard sticks.
    await menu.focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.getByRole("combobox", { name: "Theme" }).selectOption("dark");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  });
});

/** The zoom of the drawing and the font size of a node title at it, in CSS pixels. */
async function shownTitleSize(canvas: Locator): Promise<{ scale: number; titlePx: number }> {
  return canvas.evaluate((element) => {
    const stage = element.querySelector<HTMLElement>(".graph-stage");
    const title = element.querySelector<HTMLElement>(".graph-node-title");
    if (!stage || !title) throw new Error("no graph drawn");
    const scale = new DOMMatrix(getComputedStyle(stage).transform).a;
    return { scale, titlePx: Number.parseFloat(getComputedStyle(title).fontSize) * scale };
  });
}

/**
 * Ids of the plan's nodes (numbered steps) not wholly inside the canvas's visible box; with
 * `andWindow`, also those not wholly inside the browser window (seen without scrolling the page).
 */
async function planNodesOutOfView(canvas: Locator, andWindow = false): Promise<string[]> {
  return canvas.evaluate((element, inWindow) => {
    const view = element.getBoundingClientRect();
    const inner = {
      left: view.left + element.clientLeft,
      top: view.top + element.clientTop,
      right: view.left + element.clientLeft + element.clientWidth,
      bottom: view.top + element.clientTop + element.clientHeight,
    };
    if (inWindow) {
      inner.left = Math.max(inner.left, 0);
      inner.top = Math.max(inner.top, 0);
      inner.right = Math.min(inner.right, document.documentElement.clientWidth);
      inner.bottom = Math.min(inner.bottom, document.documentElement.clientHeight);
    }
    return Array.from(element.querySelectorAll<HTMLElement>(".graph-node[data-plan-step]"))
      .filter((node) => {
        const box = node.getBoundingClientRect();
        return (
          box.left < inner.left - 0.5 ||
          box.top < inner.top - 0.5 ||
          box.right > inner.right + 0.5 ||
          box.bottom > inner.bottom + 0.5
        );
      })
      .map((node) => node.dataset.topicId ?? "");
  }, andWindow);
}

async function openGraph(page: Page): Promise<Locator> {
  await page.goto("./#/graph");
  const canvas = page.getByRole("region", { name: /^(Prerequisite graph|前置关系图)$/ });
  await expect(canvas.locator(".graph-node[data-plan-step]").first()).toBeVisible();
  return canvas;
}

/** Ticks the plan's first step on the graph (Space on its box); returns its id. */
async function tickFirstStep(canvas: Locator): Promise<string> {
  const first = canvas.locator('.graph-node[data-plan-step="1"]');
  const id = (await first.getAttribute("data-topic-id")) ?? "";
  const node = canvas.locator(`.graph-node[data-topic-id="${id}"]`);
  await node.getByRole("link").focus();
  await node.page().keyboard.press("Space");
  await expect(node).toHaveAttribute("data-state", "done");
  await expect(node).not.toHaveAttribute("data-plan-step");
  return id;
}

/** Opens the graph and checks the opening frame: titles of at least 11 px, every step in view. */
async function expectWholePlanReadable(page: Page, label: string): Promise<void> {
  const canvas = await openGraph(page);
  const { scale, titlePx } = await shownTitleSize(canvas);
  const steps = await canvas.locator(".graph-node[data-plan-step]").count();
  console.log(
    `${label}: opens at ${Math.round(scale * 100)} %, titles ${titlePx.toFixed(2)} px, ${steps} steps`,
  );
  expect(titlePx).toBeGreaterThanOrEqual(11);
  expect(steps).toBeGreaterThan(1);
  // In the canvas and in the window: seen on opening, without scrolling anything.
  expect(await planNodesOutOfView(canvas, true)).toEqual([]);
}

test.describe("the graph on a wide screen", () => {
  test.use({ locale: "en-US", viewport: { width: 1920, height: 1080 } });

  test("opens with readable titles and every step of the plan in view", async ({ page }) => {
    await expectWholePlanReadable(page, "1920 × 1080");
  });
});

for (const locale of ["en-US", "zh-CN"]) {
  test.describe(`the graph on a laptop (1280 × 800) in ${locale}`, () => {
    test.use({ locale, viewport: { width: 1280, height: 800 } });

    test("opens with titles of at least 11 px and every step of the plan in view", async ({
      page,
    }) => {
      await expectWholePlanReadable(page, `1280 × 800 ${locale}, fresh`);
    });

    test("after a few ticks, opens on what is left of the path, every step in view", async ({
      page,
    }) => {
      const canvas = await openGraph(page);
      const before = await canvas.locator(".graph-node[data-plan-step]").count();
      const ticked: string[] = [];
      for (let tick = 0; tick < 4; tick++) ticked.push(await tickFirstStep(canvas));
      // Opened again, the view frames the remaining plan and the learner's next step.
      await page.reload();
      await expectWholePlanReadable(page, `1280 × 800 ${locale}, ${ticked.length} ticked`);
      const reopened = page.getByRole("region", { name: /^(Prerequisite graph|前置关系图)$/ });
      await expect(reopened.locator(".graph-node[data-plan-step]")).toHaveCount(
        before - ticked.length,
      );
      for (const id of ticked) {
        await expect(reopened.locator(`.graph-node[data-topic-id="${id}"]`)).toHaveAttribute(
          "data-state",
          "done",
        );
      }
    });
  });
}

test.describe("the graph on a phone", () => {
  test.use({ locale: "zh-CN", viewport: { width: 360, height: 740 } });

  test("opens readable on the learner's next step; Fit shows the path, Show all the whole net", async ({
    page,
  }) => {
    const canvas = await openGraph(page);
    const opened = await shownTitleSize(canvas);
    console.log(
      `360 × 740: opens at ${Math.round(opened.scale * 100)} %, titles ${opened.titlePx.toFixed(2)} px`,
    );
    expect(opened.titlePx).toBeGreaterThanOrEqual(11);
    // Where the learner stands (step 1 of the plan) is in view.
    const first = canvas.locator('.graph-node[data-plan-step="1"]');
    const box = await first.boundingBox();
    const view = await canvas.boundingBox();
    expect(box && view).toBeTruthy();
    if (box && view) {
      expect(box.x).toBeGreaterThanOrEqual(view.x);
      expect(box.x + box.width).toBeLessThanOrEqual(view.x + view.width);
      expect(box.y).toBeGreaterThanOrEqual(view.y);
      expect(box.y + box.height).toBeLessThanOrEqual(view.y + view.height);
    }

    await page.getByRole("button", { name: "适配路径" }).click();
    expect(await planNodesOutOfView(canvas)).toEqual([]);
    const fitted = await shownTitleSize(canvas);
    await page.getByRole("button", { name: "显示全部" }).click();
    const all = await shownTitleSize(canvas);
    expect(all.scale).toBeLessThan(fitted.scale);
  });
});
