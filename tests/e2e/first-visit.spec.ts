/**
 * A first visit on the built site: the welcome and its dismissal, the About page naming the
 * source, locked rows saying what they need, Next up's two groups against the Plan, and search
 * over summaries, aliases and notes. Expected values come from the page itself (the Plan, the
 * rows' states) wherever the curriculum could change.
 */
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { shownIdsWithState, shownRow, waitForShownRows } from "./shown-rows";

test.use({ locale: "en-US" });

const welcome = (page: Page) => page.getByRole("region", { name: "Welcome" });

async function openOutline(page: Page, path = "./") {
  await page.goto(path);
  await waitForShownRows(page.locator("main"));
}

async function titleOf(page: Page, id: string): Promise<string> {
  const link = shownRow(page, id).locator(`a[href$="#/topic/${id}"]`).first();
  return ((await link.textContent()) ?? "").trim();
}

/** The Plan's items in order, with their states. */
async function planItems(page: Page): Promise<{ id: string; state: string; title: string }[]> {
  await page.goto("./#/plan");
  const list = page.getByRole("list", { name: "Plan", exact: true });
  await expect(list.locator("[data-topic-id]").first()).toBeVisible();
  return list.locator("[data-topic-id]").evaluateAll((items) =>
    items.map((item) => ({
      id: item.getAttribute("data-topic-id") ?? "",
      state: item.getAttribute("data-state") ?? "",
      title: (item.querySelector('a[href*="#/topic/"]')?.textContent ?? "").trim(),
    })),
  );
}

test("a fresh browser is welcomed; the welcome starts at the plan's first topic", async ({
  page,
}) => {
  const [first] = await planItems(page);
  expect(first).toBeDefined();
  await openOutline(page);
  await expect(welcome(page)).toBeVisible();
  await expect(welcome(page)).toContainText("is a study path");
  // It states the curriculum's size in place of the progress bars, all at zero.
  await expect(welcome(page)).toContainText(/\d+ required topics \(about \d+ hours\)/);
  await expect(page.getByRole("region", { name: "Progress" })).toHaveCount(0);
  await welcome(page)
    .getByRole("button", { name: `Start with “${first?.title}”` })
    .click();
  await expect(page).toHaveURL(new RegExp(`#/topic/${first?.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: first?.title })).toBeVisible();
});

test("dismissing the welcome lasts through a reload; the size it stated is the summary's", async ({
  page,
}) => {
  await openOutline(page);
  const said = (await welcome(page).textContent())?.match(/(\d+) required topics/)?.[1];
  expect(said).toBeDefined();
  await welcome(page).getByRole("button", { name: "Hide this welcome" }).click();
  await expect(welcome(page)).toHaveCount(0);
  await page.reload();
  await waitForShownRows(page.locator("main"));
  await expect(page.getByRole("region", { name: "Next up" })).toBeVisible();
  const summary = page.getByRole("region", { name: "Progress" });
  await expect(summary.getByRole("progressbar", { name: "Required topics" })).toHaveAttribute(
    "aria-valuetext",
    `0 of ${said}`,
  );
  await expect(welcome(page)).toHaveCount(0);
});

test("#/about names the source article, and says it has no public address", async ({ page }) => {
  await openOutline(page);
  await page.getByRole("contentinfo").getByRole("link", { name: "About this curriculum" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "About this curriculum" }),
  ).toBeVisible();
  const source = page.getByRole("region", { name: "Source" });
  await expect(source).toContainText("How to get into large models without an AI background");
  await expect(source).toContainText("2024-07-30");
  await expect(source).toContainText("no public address");
  await expect(source.getByRole("link")).toHaveCount(0);
  // The intro says which topics are the article's and which are extensions.
  await expect(page.locator(".about-intro")).toContainText("From the article");
  await expect(page.locator(".about-intro")).toContainText("Extension");
});

test("#/about links the source where the curriculum gives its address", async ({ page }) => {
  await page.goto("../team/#/about");
  const source = page.getByRole("region", { name: "Source" });
  await expect(source.getByRole("link", { name: "The team handbook" })).toHaveAttribute(
    "href",
    "https://example.org/handbook",
  );
  await expect(source).toContainText("By The platform team.");
});

test("a locked row's Needs names exactly what unlocks it", async ({ page }) => {
  await openOutline(page);
  const main = page.locator("main");
  const available = new Map<string, string>();
  for (const id of await shownIdsWithState(main, "available")) {
    available.set(await titleOf(page, id), id);
  }
  // A locked row whose needs are all available now: ticking them must unlock it.
  let target: { id: string; needs: string[] } | undefined;
  for (const id of await shownIdsWithState(main, "locked")) {
    const text = ((await shownRow(page, id).locator(".topic-needs").textContent()) ?? "").trim();
    expect(text).toMatch(/^Needs( one of)?: /);
    if (!text.startsWith("Needs: ") || text.includes("Needs one of")) continue;
    const needs = text.slice("Needs: ".length).split(", ");
    if (needs.every((title) => available.has(title))) {
      target = { id, needs };
      break;
    }
  }
  expect(target, "a locked topic whose requirements are all available").toBeDefined();
  if (!target) return;
  const row = shownRow(page, target.id);
  for (const [i, title] of target.needs.entries()) {
    await expect(row).toHaveAttribute("data-state", "locked");
    const left = target.needs.slice(i);
    await expect(row.locator(".topic-needs")).toHaveText(`Needs: ${left.join(", ")}`);
    await page.getByRole("checkbox", { name: title, exact: true }).click();
  }
  await expect(row).toHaveAttribute("data-state", "available");
  await expect(row.locator(".topic-needs")).toHaveCount(0);
});

test("Next up: the goal's path in plan order, then the rest, never a plan topic twice", async ({
  page,
}) => {
  const plan = await planItems(page);
  const goalTitle = plan.at(-1)?.title ?? "";
  await openOutline(page);
  // A fresh learner's next step is the welcome's Start button; Next up takes over once it goes.
  await expect(page.getByRole("region", { name: "Next up" })).toHaveCount(0);
  await welcome(page).getByRole("button", { name: "Hide this welcome" }).click();
  const panel = page.getByRole("region", { name: "Next up" });
  const onPath = panel.getByRole("list", { name: `On your path to ${goalTitle}` });
  const shown = (await onPath.getByRole("link").allTextContents()).map((text) => text.trim());
  const availableInPlan = plan.filter((item) => item.state === "available").map((i) => i.title);
  expect(shown.length).toBeGreaterThan(0);
  expect(shown).toEqual(availableInPlan.slice(0, shown.length));
  const also = panel.getByRole("list", { name: "Also available" });
  const others = (await also.getByRole("link").allTextContents()).map((text) => text.trim());
  const planTitles = new Set(plan.map((item) => item.title));
  for (const title of others) expect(planTitles.has(title)).toBe(false);
});

test.describe("search", () => {
  async function search(page: Page, query: string) {
    const box = page.getByRole("searchbox", { name: "Search topics" });
    await box.fill(query);
  }

  test("finds a topic by a phrase only in its summary, and by a former id", async ({ page }) => {
    await openOutline(page);
    await search(page, "identity shortcut");
    const row = shownRow(page, "residual-connection");
    await expect(row).toBeVisible();
    await expect(row).toContainText("Matched in summary");
    await search(page, "RESNET");
    await expect(row).toBeVisible();
    await expect(row).toContainText("Matched in alias");
  });

  test("finds a topic by the learner's note", async ({ page }) => {
    await page.goto("./#/topic/softmax");
    const notes = page.getByRole("textbox", { name: "Notes" });
    await notes.fill("Remember the zebra mnemonic for normalising exponents");
    await openOutline(page);
    await search(page, "zebra");
    const row = shownRow(page, "softmax");
    await expect(row).toBeVisible();
    await expect(row).toContainText("Matched in your note");
    await expect(page.locator("main [data-topic-id]").filter({ visible: true })).toHaveCount(1);
  });
});

for (const locale of ["en-US", "zh-CN"] as const) {
  for (const scheme of ["light", "dark"] as const) {
    test.describe(`${locale}, ${scheme} theme`, () => {
      test.use({ locale, colorScheme: scheme });

      test("the welcome, locked rows with their needs and #/about have no axe violations", async ({
        page,
      }) => {
        // Two full-page axe runs on a machine shared with a build.
        test.setTimeout(150_000);
        await openOutline(page);
        await expect(page.locator(".welcome")).toBeVisible();
        await expect(page.locator(".topic-needs").first()).toBeVisible();
        await expectNoAxeViolations(page);
        await page.goto("./#/about");
        await expect(page.locator(".about-intro")).toBeVisible();
        await expectNoAxeViolations(page);
      });
    });
  }
}
