import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { shownRow, shownStates, waitForShownRows } from "./shown-rows";
import { openLearner } from "./learner";

test.use({ locale: "en-US" });

/** Ticks the first `count` available topics not in `skip`; returns their ids. */
async function tickAvailable(page: Page, count: number, skip: readonly string[] = []) {
  const ticked: string[] = [];
  for (let i = 0; i < count; i++) {
    const current = await shownStates(page);
    const id = Object.keys(current).find(
      (key) => current[key] === "available" && !skip.includes(key) && !ticked.includes(key),
    );
    if (id === undefined) throw new Error("no available topic left to tick");
    const row = shownRow(page, id, page);
    await row.getByRole("checkbox").check();
    await expect(row).toHaveAttribute("data-state", "done");
    ticked.push(id);
  }
  return ticked;
}

async function shareLink(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Share", exact: true }).click();
  const box = page.getByRole("textbox", { name: "Share link" });
  await expect(box).toHaveValue(/#\/share\/[A-Za-z0-9_-]+$/);
  const url = await box.inputValue();
  await page.keyboard.press("Escape");
  await expect(box).toBeHidden();
  return url;
}

/** Sets a topic's mark with the Status control of its page, then goes back to the outline. */
async function setStatus(page: Page, id: string, mark: "Known" | "In progress") {
  await page.goto(`./#/topic/${id}`);
  const status = page.getByRole("radiogroup", { name: "Status" });
  await status.getByRole("radio", { name: mark, exact: true }).check();
  await expect(status.getByRole("radio", { name: mark, exact: true })).toBeChecked();
  await page.goto("./");
}

const storedData = (page: Page) => page.evaluate(() => JSON.stringify({ ...localStorage }));

test("a shared link shows A's progress to B read-only, and B can merge it in", async ({
  browser,
  baseURL,
}) => {
  const a = await openLearner(browser);
  const aDone = await tickAvailable(a.page, 3);
  const url = await shareLink(a.page);
  expect(url.startsWith(`${baseURL}#/share/`)).toBe(true);

  const b = await openLearner(browser);
  const bDone = await tickAvailable(b.page, 1, aDone);
  const bStates = await shownStates(b.page);
  const bStored = await storedData(b.page);

  // B opens A's link: A's progress, read-only.
  await b.page.goto(url);
  await expect(b.page.getByRole("heading", { level: 1, name: "Shared progress" })).toBeVisible();
  const shared = await shownStates(b.page);
  for (const id of aDone) expect(shared[id]).toBe("done");
  for (const id of bDone) expect(shared[id]).not.toBe("done");
  const boxes = b.page.locator("[data-topic-id] input[type=checkbox]");
  await expect(boxes.first()).toBeDisabled();
  expect(
    await boxes.evaluateAll((all) => all.every((box) => (box as HTMLInputElement).disabled)),
  ).toBe(true);
  await expect(b.page.getByText("Only by them: 3")).toBeVisible();

  // Back to B's own progress: unchanged, in the page and in storage.
  await b.page.getByRole("link", { name: "My progress" }).click();
  await expect(b.page.getByRole("heading", { level: 1, name: "Outline" })).toBeVisible();
  expect(await shownStates(b.page)).toEqual(bStates);
  expect(await storedData(b.page)).toBe(bStored);

  // Import, merging.
  await b.page.goto(url);
  await b.page.getByRole("button", { name: "Import", exact: true }).click();
  const dialog = b.page.getByRole("dialog", { name: "Import shared progress" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Merge with mine" }).click();
  await expect(dialog).toBeHidden();
  await expect(b.page.getByRole("status")).toContainText("Imported: 3 topics added.");

  await b.page.getByRole("link", { name: "My progress" }).click();
  await b.page.reload();
  const merged = await shownStates(b.page);
  for (const id of [...aDone, ...bDone]) expect(merged[id]).toBe("done");
  expect(Object.values(merged).filter((state) => state === "done")).toHaveLength(4);

  expect(a.errors).toEqual([]);
  expect(b.errors).toEqual([]);
  await a.context.close();
  await b.context.close();
});

test("known and in-progress marks travel in a share link, and merge into B's marks", async ({
  browser,
}) => {
  const a = await openLearner(browser);
  const [known = "", done = ""] = await tickAvailable(a.page, 2);
  const [started = ""] = Object.entries(await shownStates(a.page))
    .filter(([, state]) => state === "available")
    .map(([id]) => id);
  await setStatus(a.page, known, "Known");
  await setStatus(a.page, started, "In progress");
  await expect(shownRow(a.page, known)).toHaveAttribute("data-mark", "known");
  const url = await shareLink(a.page);

  // B opens the link: A's marks, by icon and text, read-only.
  const b = await openLearner(browser);
  await b.page.goto(url);
  await expect(b.page.getByRole("heading", { level: 1, name: "Shared progress" })).toBeVisible();
  const knownRow = shownRow(b.page, known);
  await expect(knownRow).toHaveAttribute("data-state", "done");
  await expect(knownRow).toHaveAttribute("data-mark", "known");
  await expect(knownRow.getByText("Known", { exact: true })).toBeVisible();
  const startedRow = shownRow(b.page, started);
  await expect(startedRow).toHaveAttribute("data-mark", "in-progress");
  await expect(startedRow.getByText("In progress", { exact: true })).toBeVisible();
  await expect(startedRow.getByRole("checkbox")).toBeDisabled();
  await expect(shownRow(b.page, done)).not.toHaveAttribute("data-mark");
  await expectNoAxeViolations(b.page);

  // Merged: B now has A's marks too, after a reload.
  await b.page.getByRole("button", { name: "Import", exact: true }).click();
  const dialog = b.page.getByRole("dialog", { name: "Import shared progress" });
  await dialog.getByRole("button", { name: "Merge with mine" }).click();
  await expect(b.page.getByRole("status")).toContainText("Imported: 2 topics added.");
  await b.page.getByRole("link", { name: "My progress" }).click();
  await b.page.reload();
  await waitForShownRows(b.page);
  await expect(shownRow(b.page, known)).toHaveAttribute("data-mark", "known");
  await expect(shownRow(b.page, started)).toHaveAttribute("data-mark", "in-progress");
  await expect(shownRow(b.page, done)).toHaveAttribute("data-state", "done");

  expect(a.errors).toEqual([]);
  expect(b.errors).toEqual([]);
  await a.context.close();
  await b.context.close();
});

test("bad share links explain themselves and change nothing", async ({ browser }) => {
  const a = await openLearner(browser);
  await tickAvailable(a.page, 2);
  const good = new URL(await shareLink(a.page)).hash.replace("#/share/", "");
  await a.context.close();

  const b = await openLearner(browser);
  await tickAvailable(b.page, 1);
  const bStates = await shownStates(b.page);
  const bStored = await storedData(b.page);
  const flip = (code: string, at: number) =>
    code.slice(0, at) + (code[at] === "A" ? "B" : "A") + code.slice(at + 1);

  const bad = [
    ["garbage", "this is <b>not</b> a code!"],
    ["percent junk", "%E0%A4%A"],
    ["truncated", good.slice(0, 4)],
    ["tampered", flip(good, 3)],
    ["unknown version", `Z${good.slice(1)}`],
    ["huge", "A".repeat(6000)],
  ];
  for (const [label, code] of bad) {
    await b.page.goto(`./#/share/${code}`);
    const alert = b.page.getByRole("alert");
    await expect(alert, label).toBeVisible();
    await expect(alert, label).toContainText("Your own progress has not been changed.");
    await expect(b.page.locator("[data-topic-id]"), label).toHaveCount(0);
    expect(await storedData(b.page), label).toBe(bStored);
  }

  // Still usable: back to B's own progress, unchanged.
  await b.page.getByRole("link", { name: "My progress" }).click();
  await expect(b.page.getByRole("heading", { level: 1, name: "Outline" })).toBeVisible();
  expect(await shownStates(b.page)).toEqual(bStates);
  expect(b.errors).toEqual([]);
  await b.context.close();
});
