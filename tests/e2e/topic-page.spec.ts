/**
 * The topic page of the built site on a phone-sized screen, loaded over a slow connection on a
 * slow CPU: its body arrives as HTML rendered at build time (no Markdown or math renderer is
 * downloaded) and the page appears in one piece, so nothing on screen is pushed around.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { shownRows } from "./shown-rows";

const goal = /^goal:\s*([a-z0-9-]+)/m.exec(readFileSync("curriculum/curriculum.yaml", "utf8"))?.[1];

interface Shift {
  readonly value: number;
  readonly hadRecentInput: boolean;
  /** The elements that moved, e.g. "footer.site-footer" or "article h2". */
  readonly moved: readonly string[];
}

test.use({ locale: "en-US", viewport: { width: 412, height: 823 } });

test("the goal's topic page shows prerendered math and appears without layout shifts", async ({
  page,
  context,
}) => {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await page.addInitScript(() => {
    const win = window as unknown as { shifts: Shift[] };
    win.shifts = [];
    const nameOf = (node: Node | null) => {
      const element = node instanceof Element ? node : (node?.parentElement ?? null);
      if (!element) return "?";
      const name = `${element.tagName.toLowerCase()}.${[...element.classList].join(".")}`;
      return element.closest("article") ? `article ${name}` : name;
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as LayoutShiftEntry[]) {
        win.shifts.push({
          value: entry.value,
          hadRecentInput: entry.hadRecentInput,
          moved: entry.sources.map((source) => nameOf(source.node)),
        });
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  // Every script loaded, and whether it carries KaTeX (its parse error message is in its code).
  const scripts: { url: string; katex: boolean }[] = [];
  page.on("response", async (response) => {
    if (!response.url().endsWith(".js")) return;
    const code = await response.text().catch(() => "");
    scripts.push({ url: response.url(), katex: code.includes("KaTeX parse error") });
  });

  await page.goto(`./#/topic/${goal}`);
  const body = page.getByRole("region", { name: "Text" });
  await expect(body.locator(".katex").first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Late movers (fonts, notices) show up once everything requested has arrived.
  await page.waitForLoadState("networkidle");

  const shifts = await page.evaluate(() => (window as unknown as { shifts: Shift[] }).shifts);
  const unexpected = shifts.filter((shift) => !shift.hadRecentInput);
  const cls = unexpected.reduce((sum, shift) => sum + shift.value, 0);
  console.log(
    `topic page layout shifts: CLS ${cls.toFixed(3)} from ${unexpected.length} shift(s): ${unexpected.map((s) => `${s.value.toFixed(3)} [${s.moved.join(", ")}]`).join("; ")}`,
  );
  // The page itself and the footer under it never move once on screen.
  expect(
    unexpected.flatMap((shift) => shift.moved).filter((moved) => /^article |^footer/.test(moved)),
  ).toEqual([]);
  // "Good" CLS, as Lighthouse and Core Web Vitals grade it.
  expect(cls).toBeLessThan(0.1);

  // The math was rendered at build time: no script of the page carries a math renderer.
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((script) => script.katex).map((script) => script.url)).toEqual([]);
});

interface LayoutShiftEntry extends PerformanceEntry {
  readonly value: number;
  readonly hadRecentInput: boolean;
  readonly sources: readonly { readonly node: Node | null }[];
}

for (const locale of ["en-US", "zh-CN"]) {
  test.describe(locale, () => {
    test.use({ locale, viewport: { width: 360, height: 740 } });
    test(`at 360 px wide no topic page scrolls sideways and no formula is cut off`, async ({
      page,
    }) => {
      await page.goto("./#/");
      // The outline the learner sees (index.html also holds hidden copies in other languages).
      const rows = shownRows(page.locator("main"));
      await expect(rows.first()).toBeVisible();
      const topics = await rows.evaluateAll((shown) =>
        shown.map((row) => ({
          id: row.getAttribute("data-topic-id") ?? "",
          title: row.querySelector(".topic-title")?.textContent ?? "",
        })),
      );
      expect(topics.length).toBeGreaterThan(0);
      const wide: string[] = [];
      let formulas = 0;
      for (const { id, title } of topics) {
        // Hash navigation, as a learner following links: one page load for the whole walk.
        await page.evaluate((topic) => {
          window.location.hash = `#/topic/${encodeURIComponent(topic)}`;
        }, id);
        // The page shows once its body has arrived (see topic-page.tsx).
        await expect(page.locator("article.topic-page h1")).toContainText(title);
        const sizes = await page.evaluate(() => {
          const view = document.documentElement.clientWidth;
          const scrolls = (element: Element) =>
            /auto|scroll/.test(getComputedStyle(element).overflowX);
          // A formula past the screen's edge must be in a box that scrolls and itself fits:
          // otherwise part of it is cut off (the body's blocks clip what overflows them).
          const cut = [...document.querySelectorAll(".markdown math")].filter((math) => {
            if (math.getBoundingClientRect().right <= view + 1) return false;
            let box: Element | null = math;
            while (box && !scrolls(box)) box = box.parentElement;
            return !box || box.getBoundingClientRect().right > view + 1;
          });
          return {
            page: document.documentElement.scrollWidth,
            view,
            formulas: document.querySelectorAll(".markdown math").length,
            cut: cut.length,
          };
        });
        formulas += sizes.formulas;
        if (sizes.cut > 0) wide.push(`${id}: ${sizes.cut} formula(s) cut off`);
        if (sizes.page > sizes.view) wide.push(`${id}: ${sizes.page} px`);
      }
      expect(wide).toEqual([]);
      // The walk met math, so wide formulas were part of what was checked.
      expect(formulas).toBeGreaterThan(0);
    });
  });
}
