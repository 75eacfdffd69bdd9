/**
 * The longest title the validator allows (200 characters), with no space to break at, never
 * widens a page past a 360 px screen: long words wrap anywhere.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";

test.use({ locale: "en-US", viewport: { width: 360, height: 740 }, serviceWorkers: "block" });

const LONG = "W".repeat(200);

interface CoreData {
  curriculum: {
    topics: { id: string; title: Record<string, string>; summary?: Record<string, string> }[];
  };
}

/** A copy of the site whose first topic has a 200-character title and summary without spaces. */
function siteWithLongTitle(name: string): { url: string; id: string } {
  const dir = join(".e2e-root", name);
  cpSync(join(".e2e-root", "jiewang"), dir, { recursive: true });
  const assets = join(dir, "assets");
  const core = readdirSync(assets).find((file) => /^curriculum-.*\.json$/.test(file));
  if (!core) throw new Error("no curriculum data file in the build");
  const data = JSON.parse(readFileSync(join(assets, core), "utf8")) as CoreData;
  const topic = data.curriculum.topics[0];
  if (!topic) throw new Error("the curriculum has no topics");
  for (const lang of Object.keys(topic.title)) topic.title[lang] = LONG;
  if (topic.summary) for (const lang of Object.keys(topic.summary)) topic.summary[lang] = LONG;
  writeFileSync(join(assets, core), JSON.stringify(data));
  return { url: `/${name}/`, id: topic.id };
}

async function expectNoSideways(page: Page) {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    view: document.documentElement.clientWidth,
  }));
  expect(widths.page).toBeLessThanOrEqual(widths.view);
}

test("a 200-character word in a title keeps every page within 360 px", async ({
  page,
}, testInfo) => {
  const { url, id } = siteWithLongTitle(`long-title-${testInfo.workerIndex}-${Date.now()}`);
  // The plan names the topic in its goal picker (a select) rather than in text.
  for (const [route, shown] of [
    ["", true],
    ["#/plan", false],
    [`#/topic/${id}`, true],
  ] as const) {
    await test.step(route || "outline", async () => {
      await page.goto(`${url}${route}`);
      await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
      if (shown) await expect(page.getByText(LONG).first()).toBeVisible();
      await expectNoSideways(page);
    });
  }

  // The check can fail: without wrapping, the same title does push the outline sideways.
  await page.goto(url);
  await expect(page.getByText(LONG).first()).toBeVisible();
  await page.addStyleTag({ content: "* { overflow-wrap: normal !important; }" });
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    view: document.documentElement.clientWidth,
  }));
  expect(widths.page).toBeGreaterThan(widths.view);
});
