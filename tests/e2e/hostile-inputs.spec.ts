/**
 * The attack suite against the real built site: hostile share links, hostile progress files and
 * a damaged stored value. Each is explained (role="alert"), never crashes the page, and leaves
 * the learner's stored progress exactly as it was.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { hugeFile, unknownIdsFile } from "../fixtures/hostile/import-files/generated";
import { shownRow, shownStates, waitForShownRows } from "./shown-rows";
import { openLearner } from "./learner";

test.use({ locale: "en-US" });

const PROGRESS_KEY = "jiewang:/jiewang/";
const FILES = join("tests", "fixtures", "hostile", "import-files");

/** A fresh browser at the outline with two topics ticked; uncaught errors collected. */
async function learnerWithTwoTicks(browser: Browser) {
  const { context, page, errors } = await openLearner(browser);
  for (let i = 0; i < 2; i++) {
    const states = await shownStates(page);
    const id = Object.keys(states).find((key) => states[key] === "available");
    if (id === undefined) throw new Error("no available topic to tick");
    const row = shownRow(page, id, page);
    await row.getByRole("checkbox").check();
    await expect(row).toHaveAttribute("data-state", "done");
  }
  const stored = await storedProgress(page);
  expect(stored).toBeTruthy();
  return { context, page, errors, stored };
}

function storedProgress(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
}

/** Nothing a hostile input did reached Object.prototype. */
async function expectNoPollution(page: Page) {
  expect(await page.evaluate(() => Object.hasOwn(Object.prototype, "polluted"))).toBe(false);
}

/** A share code made by the team site on the same origin: another curriculum's. */
async function otherCurriculumCode(browser: Browser): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/team/");
  await page.getByRole("button", { name: "Share", exact: true }).click();
  const box = page.getByRole("textbox", { name: "Share link" });
  await expect(box).toHaveValue(/#\/share\/[A-Za-z0-9_-]+$/);
  const code = /#\/share\/([A-Za-z0-9_-]+)$/.exec(await box.inputValue())?.[1] ?? "";
  await context.close();
  return code;
}

/** My own share code, read from the Share panel. */
async function ownCode(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Share", exact: true }).click();
  const box = page.getByRole("textbox", { name: "Share link" });
  await expect(box).toHaveValue(/#\/share\/[A-Za-z0-9_-]+$/);
  const code = /#\/share\/([A-Za-z0-9_-]+)$/.exec(await box.inputValue())?.[1] ?? "";
  await page.keyboard.press("Escape");
  return code;
}

test("hostile share links are explained and change nothing", async ({ browser }) => {
  const foreign = await otherCurriculumCode(browser);
  const { context, page, errors, stored } = await learnerWithTwoTicks(browser);
  const code = await ownCode(page);
  const middle = Math.floor(code.length / 2);
  const flipped = `${code.slice(0, middle)}${code[middle] === "A" ? "B" : "A"}${code.slice(middle + 1)}`;
  const links: [string, string][] = [
    ["bad characters", "abc$def!"],
    ["truncated", code.slice(0, Math.max(1, code.length - 5))],
    ["checksum", flipped],
    ["other curriculum", foreign],
    ["4 KB of junk", "Zq9_".repeat(1024)],
    ["slot 10^6 (a code as long as one that names it)", "A".repeat(1_000_000 / 6 + 8)],
    ["unicode", encodeURIComponent("进度😀")],
    ["a NUL byte", "abc%00def"],
    ["javascript: text", "javascript:alert(1)"],
  ];
  for (const [label, hostile] of links) {
    await test.step(label, async () => {
      await page.goto(`./#/share/${hostile}`);
      const alert = page.getByRole("main").getByRole("alert");
      await expect(alert).toBeVisible();
      await expect(alert).toContainText("The share link could not be read.");
      await expect(alert).toContainText("Your own progress has not been changed.");
      expect(await storedProgress(page)).toBe(stored);
    });
  }
  await page.goto(`./#/share/${foreign}`);
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "made for another curriculum",
  );
  await expectNoPollution(page);
  expect(errors).toEqual([]);
  await context.close();
});

/** Chooses a file through the header's Import file button (opening the menu that holds it). */
async function chooseFile(page: Page, buffer: Buffer) {
  const importFile = page.getByRole("button", { name: "Import file", exact: true });
  if (!(await importFile.isVisible())) await page.getByRole("button", { name: "Menu" }).click();
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), importFile.click()]);
  await chooser.setFiles({ name: "progress.json", mimeType: "application/json", buffer });
}

test("hostile progress files are refused with a reason and change nothing", async ({ browser }) => {
  const { context, page, errors, stored } = await learnerWithTwoTicks(browser);
  const fromDisk = async (name: string) => Buffer.from(await readFile(join(FILES, name)));
  const files: [string, string, Buffer][] = [
    ["malformed JSON", "It is not a JSON file.", await fromDisk("malformed.json.txt")],
    ["wrong format", "not a progress file", await fromDisk("wrong-format.json")],
    ["a date past year 275000", "a date that cannot be right", await fromDisk("huge-date.json")],
    ["21,000 unknown ids", "more entries than any curriculum", Buffer.from(unknownIdsFile())],
    ["__proto__ and constructor", "entries are damaged", await fromDisk("proto-keys.json")],
    ["a 5 MB file", "larger than 1 MB", Buffer.from(hugeFile())],
    ["wrong types", "entries are damaged", await fromDisk("wrong-types.json")],
  ];
  for (const [label, reason, buffer] of files) {
    await test.step(label, async () => {
      await chooseFile(page, buffer);
      const dialog = page.getByRole("dialog", { name: "Import progress from a file" });
      const alert = dialog.getByRole("alert");
      await expect(alert).toContainText("This file cannot be imported:");
      await expect(alert).toContainText(reason);
      await dialog.getByRole("button", { name: "OK" }).click();
      await expect(dialog).toBeHidden();
      expect(await storedProgress(page)).toBe(stored);
    });
  }
  await expectNoPollution(page);
  expect(errors).toEqual([]);
  await context.close();
});

test("a damaged stored value: the app says so, keeps a backup and stays usable", async ({
  browser,
}) => {
  const { context, page, errors } = await learnerWithTwoTicks(browser);
  const damaged = '{"version":1,"done":{"perceptron":';
  await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
    key: PROGRESS_KEY,
    value: damaged,
  });
  await page.reload();
  await waitForShownRows(page);
  const notice = page.getByRole("complementary", { name: "Saving progress" });
  await expect(notice).toContainText("could not be read");

  // Still usable: a tick works and is saved, and the damaged value is kept under a backup key.
  const states = await shownStates(page);
  const id = Object.keys(states).find((key) => states[key] === "available");
  if (id === undefined) throw new Error("no available topic to tick");
  const row = shownRow(page, id, page);
  await row.getByRole("checkbox").check();
  await expect(row).toHaveAttribute("data-state", "done");
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? "", PROGRESS_KEY))
    .toContain(id);
  const backups = await page.evaluate((key) => {
    const found: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const name = localStorage.key(i) ?? "";
      if (name.startsWith(`${key}:backup-`)) found.push(localStorage.getItem(name) ?? "");
    }
    return found;
  }, PROGRESS_KEY);
  expect(backups).toContain(damaged);
  expect(errors).toEqual([]);
  await context.close();
});
