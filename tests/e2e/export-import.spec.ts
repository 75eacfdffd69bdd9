import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { openMenuIfCollapsed } from "./header-menu";
import { shownRow, shownStates } from "./shown-rows";
import { openLearner } from "./learner";

test.use({ locale: "en-US" });

/** Format version 2 (docs/export-format.md): every topic with a mark, a note or reviews. */
interface ProgressFile {
  format: string;
  version: number;
  topics: { id: string; mark?: string; markedAt?: string | null }[];
}

async function tickAvailable(page: Page, count: number) {
  for (let i = 0; i < count; i++) {
    const current = await shownStates(page);
    const id = Object.keys(current).find((key) => current[key] === "available");
    if (id === undefined) throw new Error("no available topic left to tick");
    const row = shownRow(page, id, page);
    await row.getByRole("checkbox").check();
    await expect(row).toHaveAttribute("data-state", "done");
    // Distinct tick times, so the round trip is checked on real, different values.
    const tickedBy = await page.evaluate(() => Date.now());
    await page.waitForFunction((time) => Date.now() > time, tickedBy);
  }
}

/** Exports with the header's Export button; returns the saved file's path and parsed content. */
async function exportProgress(page: Page) {
  await openMenuIfCollapsed(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^jiewang-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const path = await download.path();
  const file = JSON.parse(await readFile(path, "utf8")) as ProgressFile;
  return { path, file };
}

test("an exported file imported in another browser reproduces the progress and tick times", async ({
  browser,
}) => {
  const a = await openLearner(browser);
  await tickAvailable(a.page, 4);
  const aStates = await shownStates(a.page);
  const exported = await exportProgress(a.page);
  expect(exported.file.format).toBe("jiewang-progress");
  expect(exported.file.version).toBe(2);
  expect(exported.file.topics.filter((topic) => topic.mark === "done")).toHaveLength(4);
  for (const entry of exported.file.topics) expect(entry.markedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

  const b = await openLearner(browser);
  await openMenuIfCollapsed(b.page);
  const [chooser] = await Promise.all([
    b.page.waitForEvent("filechooser"),
    b.page.getByRole("button", { name: "Import file" }).click(),
  ]);
  await chooser.setFiles(exported.path);
  const dialog = b.page.getByRole("dialog", { name: "Import progress from a file" });
  await expect(dialog).toContainText("The file lists 4 done topics.");
  await dialog.getByRole("button", { name: "Replace mine" }).click();
  await expect(dialog).toBeHidden();

  await b.page.reload();
  expect(await shownStates(b.page)).toEqual(aStates);
  const again = await exportProgress(b.page);
  expect(again.file.topics).toEqual(exported.file.topics);

  expect(a.errors).toEqual([]);
  expect(b.errors).toEqual([]);
  await a.context.close();
  await b.context.close();
});

test("a file that is not a progress file is explained and changes nothing", async ({ browser }) => {
  const b = await openLearner(browser);
  await tickAvailable(b.page, 1);
  const before = await shownStates(b.page);
  await openMenuIfCollapsed(b.page);
  await b.page.getByLabel("Import file").setInputFiles({
    name: "notes.json",
    mimeType: "application/json",
    buffer: Buffer.from('{"format":"something-else"}'),
  });
  const alert = b.page.getByRole("alert");
  await expect(alert).toContainText("It is not a progress file exported by Jiewang.");
  await b.page.getByRole("button", { name: "OK" }).click();
  await b.page.reload();
  expect(await shownStates(b.page)).toEqual(before);
  expect(b.errors).toEqual([]);
  await b.context.close();
});
