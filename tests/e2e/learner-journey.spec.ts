/**
 * A new learner's first session on the built site, twice: once with the mouse, once by keyboard
 * alone. Topic ids come from the page itself (the first available topic, what it unlocks, the
 * plan's own items), so the journey holds for any curriculum with a short chain of topics.
 */
import { expect, type Locator, type Page, test } from "@playwright/test";
import { shownIdsWithState, shownRow } from "./shown-rows";

test.use({ locale: "en-US" });

/** Outline rows (or plan items) of one state, in page order. */
function idsWithState(page: Page, state: string): Promise<string[]> {
  return shownIdsWithState(page.locator("main"), state);
}

/** A topic's title as the outline shows it (the text of its link to the topic page). */
async function titleOf(page: Page, id: string): Promise<string> {
  return ((await titleLink(page, id).textContent()) ?? "").trim();
}

function titleLink(page: Page, id: string): Locator {
  return shownRow(page, id).locator(`a[href$="#/topic/${id}"]`).first();
}

function planList(page: Page): Locator {
  return page.getByRole("list", { name: "Plan", exact: true });
}

async function planIds(page: Page): Promise<string[]> {
  return planList(page)
    .locator("[data-topic-id]")
    .evaluateAll((items) => items.map((item) => item.getAttribute("data-topic-id") ?? ""));
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { back = false, max = 400 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`could not reach ${target} with ${back ? "Shift+Tab" : "Tab"}`);
}

/** What the learner ticks: the first available topic, then the first topic that unlocked. */
interface FirstTicks {
  readonly first: string;
  readonly second: string;
}

/** Ticks the first available topic with `tick`, checks what was announced, then a second one. */
async function tickFirstTopics(
  page: Page,
  tick: (checkbox: Locator) => Promise<void>,
): Promise<FirstTicks> {
  const before = await idsWithState(page, "available");
  const first = before[0];
  expect(first, "the outline offers an available topic").toBeTruthy();
  if (!first) throw new Error("no available topic");
  await tick(shownRow(page, first).getByRole("checkbox"));
  await expect(shownRow(page, first)).toHaveAttribute("data-state", "done");

  const after = await idsWithState(page, "available");
  const unlocked = after.filter((id) => !before.includes(id));
  expect(unlocked.length, "ticking the first topic unlocks another").toBeGreaterThan(0);
  const status = page.getByRole("status");
  const toasts = page.getByRole("region", { name: "Notifications" });
  for (const id of unlocked) {
    const title = await titleOf(page, id);
    await expect(status).toContainText(title);
    await expect(toasts).toContainText(title);
  }
  await expect(status).toContainText("Now available");

  const second = unlocked[0] as string;
  await tick(shownRow(page, second).getByRole("checkbox"));
  await expect(shownRow(page, second)).toHaveAttribute("data-state", "done");
  return { first, second };
}

async function expectKeptAfterReload(page: Page, ticks: FirstTicks) {
  await page.reload();
  for (const id of [ticks.first, ticks.second]) {
    await expect(shownRow(page, id)).toHaveAttribute("data-state", "done");
    await expect(shownRow(page, id).getByRole("checkbox")).toBeChecked();
  }
}

async function expectTopicPageWithMath(page: Page, id: string, title: string) {
  await expect(page).toHaveURL(new RegExp(`#/topic/${id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page).toHaveTitle(new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} · `));
  const body = page.getByRole("region", { name: "Text" });
  await expect(body.locator(".katex").first()).toBeVisible();
  await expect(page.getByRole("checkbox", { name: new RegExp(title) })).toBeChecked();
}

test("a new learner ticks topics, reloads, reads a topic with math and plans to a goal", async ({
  page,
}) => {
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const ticks = await tickFirstTopics(page, (checkbox) => checkbox.check());
  await expectKeptAfterReload(page, ticks);

  const title = await titleOf(page, ticks.second);
  await titleLink(page, ticks.second).click();
  await expectTopicPageWithMath(page, ticks.second, title);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plan" }).click();
  const goal = page.getByRole("combobox", { name: "Goal" });
  await expect(goal).not.toHaveValue("");
  const fullPlan = await planIds(page);
  expect(fullPlan.length).toBeGreaterThanOrEqual(3);
  expect(fullPlan).not.toContain(ticks.first);
  expect(fullPlan).not.toContain(ticks.second);

  // A nearer goal: the third topic on the way. Its plan ends with it and comes from the old one.
  const target = fullPlan[2] as string;
  await goal.selectOption(target);
  const plan = await planIds(page);
  expect(plan.at(-1)).toBe(target);
  expect(plan.every((id) => fullPlan.includes(id))).toBe(true);

  const pace = page.getByRole("spinbutton", { name: "Hours per week" });
  await pace.fill("1");
  const slow = (await page.getByText(/At this pace you would finish around/).textContent()) ?? "";
  await pace.fill("40");
  await expect(page.getByText(/At this pace you would finish around/)).not.toHaveText(slow);

  // Ticking from the plan shrinks it until the goal is reached.
  for (let left = plan.length; left > 0; left--) {
    // click(), not check(): the ticked item leaves the list, so "first" is then another one.
    await planList(page).getByRole("checkbox").first().click();
    await expect(planList(page).getByRole("listitem")).toHaveCount(left - 1);
  }
  await expect(page.getByRole("heading", { name: /Goal reached/ })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("combobox", { name: "Goal" })).toHaveValue(target);
  await expect(page.getByRole("spinbutton", { name: "Hours per week" })).toHaveValue("40");
});

test("the same journey by keyboard alone", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const ticks = await tickFirstTopics(page, async (checkbox) => {
    await tabTo(page, checkbox);
    await page.keyboard.press("Space");
  });
  await expectKeptAfterReload(page, ticks);

  const title = await titleOf(page, ticks.second);
  await tabTo(page, titleLink(page, ticks.second));
  await page.keyboard.press("Enter");
  await expectTopicPageWithMath(page, ticks.second, title);

  // Navigating moved focus to the page's main region; the menu is behind it.
  const planLink = page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Plan" });
  await tabTo(page, planLink, { back: true });
  await page.keyboard.press("Enter");
  const goal = page.getByRole("combobox", { name: "Goal" });
  await expect(goal).toBeVisible();
  const fullPlan = await planIds(page);
  const target = fullPlan[2] as string;

  // Arrow keys move through the goal options; each step applies at once.
  await tabTo(page, goal);
  const options = await goal
    .locator("option")
    .evaluateAll((list) => list.map((option) => (option as HTMLOptionElement).value));
  const from = options.indexOf(await goal.inputValue());
  const to = options.indexOf(target);
  for (let i = 0; i < Math.abs(to - from); i++) {
    await page.keyboard.press(to > from ? "ArrowDown" : "ArrowUp");
  }
  await expect(goal).toHaveValue(target);
  const plan = await planIds(page);
  expect(plan.at(-1)).toBe(target);

  // Space ticks the focused item; focus moves to the item that takes its place.
  await tabTo(page, planList(page).getByRole("checkbox").first());
  for (let left = plan.length; left > 0; left--) {
    await page.keyboard.press("Space");
    await expect(planList(page).getByRole("listitem")).toHaveCount(left - 1);
  }
  const reached = page.getByRole("heading", { name: /Goal reached/ });
  await expect(reached).toBeVisible();
  await expect(reached).toBeFocused();
});
