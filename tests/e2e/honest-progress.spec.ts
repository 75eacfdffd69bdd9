/**
 * Honest progress in a real browser: ticking the locked goal asks first, and "Only this topic"
 * leaves every prerequisite of the goal in the plan (no "Goal reached"); notes survive a
 * reload, a second tab, and export -> import into a fresh browser. Marks, notes and the dialog
 * pass axe in both languages and themes.
 */
import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { shownIdsWithState, shownRow, shownRows, waitForShownRows } from "./shown-rows";
import { openLearner } from "./learner";

test.use({ locale: "en-US" });

const GOAL_TITLE = "Attention Is All You Need";

/** The ids the Plan page lists, in order. */
async function planIds(page: Page): Promise<string[]> {
  await page.getByRole("navigation").getByRole("link", { name: "Plan" }).first().click();
  const list = page.getByRole("list", { name: "Plan" });
  await expect(list).toBeAttached();
  return list
    .locator("[data-topic-id]")
    .evaluateAll((items) => items.map((item) => item.getAttribute("data-topic-id") ?? ""));
}

/** Clicks a header button, opening the header's menu first when the button sits in it. */
async function clickHeaderButton(page: Page, name: string) {
  const button = page.getByRole("button", { name, exact: true });
  if (!(await button.isVisible())) {
    const menu = page.getByRole("banner").getByRole("button", { name: /^(Menu|菜单)$/ });
    if ((await menu.count()) > 0 && (await menu.getAttribute("aria-expanded")) !== "true") {
      await menu.click();
    }
  }
  await button.click();
}

test("ticking the locked goal, Only this topic: the Plan still lists the goal's whole closure", async ({
  browser,
}) => {
  const { context, page, errors } = await openLearner(browser);

  // On a fresh browser nothing is done: the plan is the goal's whole requirement closure.
  const closure = await planIds(page);
  expect(closure.length).toBeGreaterThan(1);
  const goalId = closure.at(-1) ?? "";
  await page.getByRole("navigation").getByRole("link", { name: "Outline" }).first().click();
  await waitForShownRows(page);

  const goalRow = shownRow(page, goalId);
  await expect(goalRow).toHaveAttribute("data-state", "locked");
  const checkbox = goalRow.getByRole("checkbox", { name: GOAL_TITLE });
  await checkbox.click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  // It names every unmet prerequisite: the rest of the closure.
  await expect(dialog.getByRole("listitem")).toHaveCount(closure.length - 1);
  await expect(dialog.getByRole("button", { name: "Mark them as known too" })).toBeVisible();
  // Cancel, Escape and Close change nothing and give focus back to the checkbox, so a
  // keyboard user keeps their place in the list.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(checkbox).toBeFocused();
  await page.keyboard.press("Space");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(checkbox).toBeFocused();
  await page.keyboard.press("Space");
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  await expect(checkbox).toBeFocused();
  await expect(goalRow).toHaveAttribute("data-state", "locked");

  await page.keyboard.press("Space");
  await dialog.getByRole("button", { name: "Only this topic" }).click();
  await expect(dialog).toBeHidden();
  await expect(checkbox).toBeFocused();

  await expect(goalRow).toHaveAttribute("data-state", "done");
  // The row says which prerequisites are not done, each a link to its page.
  const doneBut = goalRow.getByRole("paragraph").filter({ hasText: "Done, but" });
  await expect(doneBut).toContainText(/are not\.$/);
  const named = await doneBut
    .getByRole("link")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  expect(named.sort()).toEqual(
    closure
      .filter((id) => id !== goalId)
      .map((id) => `#/topic/${id}`)
      .sort(),
  );
  // Only the goal changed: every other row of its closure is still not done.
  for (const id of closure.slice(0, -1)) {
    await expect(shownRow(page, id)).not.toHaveAttribute("data-state", "done");
  }

  const plan = await planIds(page);
  expect(plan).toEqual(closure.filter((id) => id !== goalId));
  await expect(page.getByText(/Goal reached/)).toHaveCount(0);
  console.log(
    `goal closure: ${closure.length} topics; plan after ticking the goal: ${plan.length}`,
  );

  expect(errors).toEqual([]);
  await context.close();
});

test("a note survives a reload, a second tab, and export -> import in a fresh browser", async ({
  browser,
}) => {
  const a = await openLearner(browser);
  const id = await shownRows(a.page).first().getAttribute("data-topic-id");
  if (!id) throw new Error("no topic row");
  const note = `Re-read section 2.\nThen try the exercises <b>twice</b>. ${Date.now()}`;

  await a.page.goto(`./#/topic/${id}`);
  const box = a.page.getByRole("textbox", { name: "Notes" });
  await box.fill(note);
  await a.page.reload();
  await expect(a.page.getByRole("textbox", { name: "Notes" })).toHaveValue(note);

  // A second tab of the same browser.
  const second = await a.context.newPage();
  await second.goto(`./#/topic/${id}`);
  await expect(second.getByRole("textbox", { name: "Notes" })).toHaveValue(note);
  await second.goto("./");
  await expect(shownRow(second, id)).toHaveAttribute("data-note", "true");
  await expect(shownRow(second, id).getByRole("img", { name: "Has a note" })).toBeVisible();

  // Export (format version 2, with the note) and import into a fresh browser.
  const [download] = await Promise.all([
    a.page.waitForEvent("download"),
    clickHeaderButton(a.page, "Export"),
  ]);
  const path = await download.path();
  const file = JSON.parse(await readFile(path, "utf8")) as {
    version: number;
    topics: { id: string; note?: string }[];
  };
  expect(file.version).toBe(2);
  expect(file.topics.find((topic) => topic.id === id)?.note).toBe(note);

  const b = await openLearner(browser);
  const [chooser] = await Promise.all([
    b.page.waitForEvent("filechooser"),
    clickHeaderButton(b.page, "Import file"),
  ]);
  await chooser.setFiles(path);
  const dialog = b.page.getByRole("dialog", { name: "Import progress from a file" });
  await dialog.getByRole("button", { name: "Replace mine" }).click();
  await expect(dialog).toBeHidden();
  await b.page.reload();
  await expect(shownRow(b.page, id)).toHaveAttribute("data-note", "true");
  await b.page.goto(`./#/topic/${id}`);
  await expect(b.page.getByRole("textbox", { name: "Notes" })).toHaveValue(note);

  expect(a.errors).toEqual([]);
  expect(b.errors).toEqual([]);
  await a.context.close();
  await b.context.close();
});

for (const locale of ["en-US", "zh-CN"] as const) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`marks, notes and the locked-topic dialog pass axe (${locale}, ${colorScheme})`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ locale, colorScheme });
      const page = await context.newPage();
      await page.goto("./");
      await waitForShownRows(page);
      const main = page.locator("main");
      const [started = ""] = await shownIdsWithState(main, "available");

      await page.goto(`./#/topic/${started}`);
      const status = page.getByRole("radiogroup", { name: /^(Status|状态)$/ });
      await status.getByRole("radio", { name: /^(In progress|学习中)$/ }).check();
      await page.getByRole("textbox", { name: /^(Notes|笔记)$/ }).fill("Line one\nLine two");
      await expectNoAxeViolations(page);

      await page.goto("./");
      await waitForShownRows(page);
      await expect(shownRow(page, started)).toHaveAttribute("data-mark", "in-progress");
      await expect(shownRow(page, started)).toHaveAttribute("data-note", "true");
      const [locked = ""] = await shownIdsWithState(main, "locked");
      await shownRow(page, locked).getByRole("checkbox").click();
      const dialog = page.getByRole("dialog");
      await expect(dialog).toBeVisible();
      await expectNoAxeViolations(page);
      await dialog.getByRole("button", { name: /^(Only this topic|只标这一个)$/ }).click();
      await expect(dialog).toBeHidden();
      await expect(shownRow(page, locked)).toHaveAttribute("data-state", "done");
      await expectNoAxeViolations(page);
      await context.close();
    });
  }
}
