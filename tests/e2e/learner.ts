/** A learner of the e2e tests: a fresh browser context, so storage of their own. */
import type { Browser } from "@playwright/test";
import { waitForShownRows } from "./shown-rows";

/** A fresh browser context at the outline, once it shows its rows; uncaught errors collected. */
export async function openLearner(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto("./");
  await waitForShownRows(page);
  return { context, page, errors };
}
