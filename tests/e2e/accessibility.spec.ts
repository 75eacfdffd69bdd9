/**
 * axe-core on every view of the built site, in both themes and both UI languages, with some
 * progress ticked so done, available and locked rows all appear; plus the open Share panel and
 * the import confirmation dialog. (The graph view has its own axe checks in graph.spec.ts.)
 */
import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { shownIdsWithState, shownRow, waitForShownRows } from "./shown-rows";

const goal = /^goal:\s*([a-z0-9-]+)/m.exec(readFileSync("curriculum/curriculum.yaml", "utf8"))?.[1];

/** Ticks the first two available topics so every row state is on screen. */
async function tickSome(page: Page) {
  for (let i = 0; i < 2; i += 1) {
    const [id = ""] = await shownIdsWithState(page.locator("main"), "available");
    await shownRow(page, id).getByRole("checkbox").check();
    await expect(shownRow(page, id)).toHaveAttribute("data-state", "done");
  }
}

async function shareLink(page: Page, name: string) {
  await page.getByRole("button", { name, exact: true }).click();
  const box = page.getByRole("textbox", { name: /^(Share link|分享链接)$/ });
  const link = await box.inputValue();
  await page.keyboard.press("Escape");
  return link;
}

for (const locale of ["en-US", "zh-CN"] as const) {
  for (const scheme of ["light", "dark"] as const) {
    test.describe(`${locale}, ${scheme} theme`, () => {
      test.use({ locale, colorScheme: scheme });
      const share = locale === "en-US" ? "Share" : "分享";

      test("outline, topic page, plan, review and not-found have no axe violations", async ({
        page,
      }) => {
        await page.goto("./");
        await waitForShownRows(page.locator("main"));
        await tickSome(page);
        await expectNoAxeViolations(page);

        await page.goto(`./#/topic/${goal}`);
        await expect(page.locator(".katex").first()).toBeVisible();
        await expectNoAxeViolations(page);

        await page.goto("./#/plan");
        await expect(page.getByRole("list", { name: /^(Plan|学习计划)$/ })).toBeVisible();
        await expectNoAxeViolations(page);

        // Nothing due yet (the ticks are minutes old): the empty state and the calendar export.
        await page.goto("./#/review");
        await expect(
          page.getByRole("heading", { level: 1, name: /^(Review|复习)$/ }),
        ).toBeVisible();
        await expectNoAxeViolations(page);

        await page.goto("./#/topic/no-such-topic");
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoAxeViolations(page);
      });

      test("the Share panel, a shared view and its import dialog have no axe violations", async ({
        page,
      }) => {
        await page.goto("./");
        await waitForShownRows(page.locator("main"));
        await tickSome(page);
        await page.getByRole("button", { name: share, exact: true }).click();
        await expect(page.getByRole("textbox", { name: /^(Share link|分享链接)$/ })).toBeVisible();
        await expectNoAxeViolations(page);
        await page.keyboard.press("Escape");

        const link = await shareLink(page, share);
        await page.goto(link);
        const importButton = page.getByRole("button", { name: /^(Import|导入)$/ });
        await expect(importButton).toBeVisible();
        await expectNoAxeViolations(page);
        await importButton.click();
        await expect(page.getByRole("dialog")).toBeVisible();
        await expectNoAxeViolations(page);

        await page.goto("./#/share/not-a-valid-code!");
        await expect(page.getByRole("alert")).toBeVisible();
        await expectNoAxeViolations(page);
      });
    });
  }
}
