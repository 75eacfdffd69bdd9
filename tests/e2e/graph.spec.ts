import { expect, type Locator, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { shownRow, shownStates } from "./shown-rows";

const CANVAS = /^(Prerequisite graph|前置关系图)$/;

/** The canvas region of the graph page, once every node is drawn. */
async function openGraph(page: Page): Promise<Locator> {
  await page.goto("./#/graph");
  const canvas = page.getByRole("region", { name: CANVAS });
  await expect(canvas.locator("[data-topic-id]").first()).toBeVisible();
  return canvas;
}

test("the graph shows every topic of the outline, each with the same state", async ({ page }) => {
  await page.goto("./#/");
  const outline = await shownStates(page.locator("main"));
  const ids = Object.keys(outline);
  expect(ids.length).toBeGreaterThan(0);

  const canvas = await openGraph(page);
  await expect(canvas.locator("[data-topic-id]")).toHaveCount(ids.length);
  expect(await shownStates(canvas)).toEqual(outline);
  // A fresh learner has somewhere to start and something still locked.
  expect(Object.values(outline)).toContain("available");
  expect(Object.values(outline)).toContain("locked");
  // Every requirement is drawn.
  expect(await canvas.locator("path[data-kind]").count()).toBeGreaterThan(0);
});

test("clicking a node opens its topic page", async ({ page }) => {
  const canvas = await openGraph(page);
  const node = canvas.locator('[data-state="locked"]').first();
  const id = await node.getAttribute("data-topic-id");
  const title = (await node.locator(".graph-node-title").textContent()) ?? "";
  await node.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`#/topic/${id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
});

test("a tick on the graph shows on the outline", async ({ page }) => {
  const canvas = await openGraph(page);
  const id = await canvas.locator('[data-state="available"]').first().getAttribute("data-topic-id");
  // Pinned by id: a locator by state would move on to another node once this one is done.
  const node = canvas.locator(`[data-topic-id="${id}"]`);
  await node.getByRole("link").focus();
  await page.keyboard.press("Space");
  await expect(node).toHaveAttribute("data-state", "done");
  await expect(page.getByRole("status")).not.toBeEmpty();

  await page
    .getByRole("navigation")
    .getByRole("link", { name: /^(Outline|大纲)$/ })
    .click();
  const row = shownRow(page, id ?? "");
  await expect(row).toHaveAttribute("data-state", "done");
  await expect(row.getByRole("checkbox")).toBeChecked();
});

test("the graph pans by dragging and zooms with the keyboard and Ctrl + wheel", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  const canvas = await openGraph(page);
  const zoom = page.getByText(/^(Zoom|缩放) \d+%$/);
  const scroll = () => canvas.evaluate((el) => ({ left: el.scrollLeft, top: el.scrollTop }));

  await page.getByRole("button", { name: /^(Zoom in|放大)$/ }).click();
  await page.getByRole("button", { name: /^(Zoom in|放大)$/ }).click();
  const before = await scroll();
  const box = await canvas.boundingBox();
  if (!box) throw new Error("the canvas has no box");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 - 80, { steps: 6 });
  await page.mouse.up();
  const after = await scroll();
  expect(after.left - before.left + (after.top - before.top)).toBeGreaterThan(50);
  await expect(page).toHaveURL(/#\/graph$/); // the drag did not open a topic

  const zoomed = await zoom.textContent();
  await page.keyboard.down("Control");
  await page.mouse.wheel(0, 400);
  await page.keyboard.up("Control");
  await expect(zoom).not.toHaveText(zoomed ?? "");

  await canvas.focus();
  await page.keyboard.press("0");
  const fitted = await canvas.evaluate((el) => ({
    fits: el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1,
  }));
  expect(fitted.fits).toBe(true);
});

test("Go to topic centres the view on a topic and focuses it", async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 700 });
  const canvas = await openGraph(page);
  // The last topic in learning order is usually far from where the view opens.
  const last = canvas.locator("[data-topic-id]").last();
  const id = (await last.getAttribute("data-topic-id")) ?? "";
  await page.getByLabel(/^(Go to topic|定位到主题)$/).selectOption(id);
  await page.getByRole("button", { name: /^(Show|定位)$/ }).click();
  const link = last.getByRole("link");
  await expect(link).toBeFocused();
  const view = await canvas.boundingBox();
  const box = await link.boundingBox();
  if (!view || !box) throw new Error("no boxes");
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  expect(centre.x).toBeGreaterThan(view.x);
  expect(centre.x).toBeLessThan(view.x + view.width);
  expect(centre.y).toBeGreaterThan(view.y);
  expect(centre.y).toBeLessThan(view.y + view.height);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`#/topic/${id}$`));
});

for (const locale of ["en-US", "zh-CN"]) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });

    for (const scheme of ["light", "dark"] as const) {
      test(`axe finds no violations on the graph in the ${scheme} theme`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await openGraph(page);
        await expectNoAxeViolations(page);
      });
    }
  });
}

test("at 360 px wide the page does not scroll sideways; the graph scrolls in its own box", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const canvas = await openGraph(page);
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    view: document.documentElement.clientWidth,
  }));
  expect(widths.page).toBeLessThanOrEqual(widths.view);
  const inner = await canvas.evaluate((el) => ({
    scrollable: el.scrollWidth > el.clientWidth,
    right: el.getBoundingClientRect().right,
  }));
  expect(inner.scrollable).toBe(true);
  expect(inner.right).toBeLessThanOrEqual(360);
});
