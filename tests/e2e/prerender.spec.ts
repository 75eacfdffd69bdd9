/**
 * The outline prerendered at build time (src/prerender): a new learner sees it before the app's
 * code has run, and the app takes it over in place; anyone it would mislead (a learner with
 * progress, a goal or a chosen theme, any other page) never sees it.
 */
import { expect, type Page, test } from "@playwright/test";
import { shownRow, shownRows } from "./shown-rows";

test.use({ locale: "en-US" });

const PROGRESS_KEY = "jiewang:/jiewang/";
const PREFS_KEY = "jiewang:/jiewang/:preferences";

/** Stops the app's own code from loading, leaving the page as HTML, CSS and the boot script. */
async function withoutApp(page: Page): Promise<void> {
  await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort());
}

/** Everything the page logs, and its uncaught errors, from now on: a takeover logs nothing. */
function pageMessages(page: Page): string[] {
  const messages: string[] = [];
  page.on("console", (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on("pageerror", (error) => messages.push(`pageerror: ${error}`));
  return messages;
}

async function store(page: Page, entries: Record<string, object>): Promise<void> {
  await page.addInitScript(
    (values) => {
      for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
    },
    Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, JSON.stringify(v)])),
  );
}

test("a new learner sees the prerendered outline before the app runs, in their language", async ({
  page,
}) => {
  await withoutApp(page);
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1, name: "Outline" })).toBeVisible();
  await expect(page.locator('.prerender[data-lang="en"] [data-topic-id]').first()).toBeVisible();
  await expect(page.locator('.prerender[data-lang="zh"]')).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  // A preview: nothing in it takes clicks or focus until the app has taken it over.
  expect(await page.evaluate(() => document.querySelector<HTMLElement>(".prerender")?.inert)).toBe(
    true,
  );
});

test("each language's copy has its own ids and radio groups", async ({ page }) => {
  await withoutApp(page);
  await page.goto("./");
  await expect(page.locator('.prerender[data-lang="en"] [data-topic-id]').first()).toBeVisible();
  const found = await page.evaluate(() => {
    const copies = [...document.querySelectorAll<HTMLElement>(".prerender")];
    const references = (copy: HTMLElement) =>
      [...copy.querySelectorAll("label[for], [aria-labelledby], [aria-describedby]")].flatMap(
        (element) =>
          ["for", "aria-labelledby", "aria-describedby"].flatMap((name) =>
            (element.getAttribute(name) ?? "").split(/\s+/).filter(Boolean),
          ),
      );
    return {
      copies: copies.length,
      references: copies.map((copy) => references(copy).length),
      // A label or description in one copy that names an element of another copy.
      foreign: copies.flatMap((copy) =>
        references(copy).filter((id) => !copy.contains(document.getElementById(id))),
      ),
      // Radios sharing a name across copies are one group: only one copy keeps its chip ticked.
      tickedChips: copies.map((copy) => copy.querySelectorAll("input[type=radio]:checked").length),
    };
  });
  expect(found.copies).toBeGreaterThan(1);
  expect(found.references.every((count) => count > 0)).toBe(true);
  expect(found.foreign).toEqual([]);
  expect(found.tickedChips).toEqual(found.tickedChips.map(() => 1));
});

for (const [locale, all] of [
  ["en-US", "All"],
  ["zh-CN", "全部"],
] as const) {
  test.describe(locale, () => {
    test.use({ locale });
    test(`${locale}: after the takeover the outline's filter still shows "${all}" picked`, async ({
      page,
    }) => {
      const messages = pageMessages(page);
      await page.goto(`./`);
      await expect(page.locator("#root > .prerender")).toHaveCount(1);
      await expect(page.getByRole("radio", { name: all, exact: true })).toBeChecked();
      await expect(shownRows(page.locator("main")).first()).toBeVisible();
      expect(messages).toEqual([]);
    });
  });
}

test("the app takes the prerendered outline over in place and works", async ({ page }) => {
  const messages = pageMessages(page);
  // Remember the prerendered heading node as the parser adds it.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const heading = document.querySelector('.prerender[data-lang="en"] h1');
      if (!heading) return;
      (window as unknown as { prerenderedHeading: Element }).prerenderedHeading = heading;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto("./");
  // The share controls render once the app has mounted.
  await expect(page.getByRole("button", { name: "Export" })).toBeVisible();
  const after = await page.evaluate(() => ({
    sameHeading:
      document.querySelector("h1") ===
      (window as unknown as { prerenderedHeading?: Element }).prerenderedHeading,
    apps: document.querySelectorAll(".app").length,
    copies: [...document.querySelectorAll<HTMLElement>("#root > .prerender")].map(
      (page) => `${page.dataset.lang}${page.inert ? " inert" : ""}`,
    ),
  }));
  expect(after).toEqual({ sameHeading: true, apps: 1, copies: ["en"] });

  const first = page.locator("main [data-topic-id]").first();
  const box = first.getByRole("checkbox");
  await box.check();
  await expect(box).toBeChecked();
  await page.reload();
  // With progress stored, the app renders afresh: until then only hidden copies are in the page.
  await expect(shownRows(page.locator("main")).first().getByRole("checkbox")).toBeChecked();
  expect(messages).toEqual([]);
});

/**
 * Clicks the first element matching `selector` the moment the app lifts `inert` from the
 * prerendered page: it has called hydrateRoot then, but the rows hydrate a little (on a slow
 * phone up to a second) later. Playwright cannot time a click that finely, so the page clicks
 * (a real click on the element, handled as a learner's) and records the row it was in.
 */
async function clickAtTakeover(page: Page, selector: string): Promise<void> {
  await page.addInitScript((selector) => {
    new MutationObserver((records, observer) => {
      const page = records[0]?.target;
      if (!(page instanceof HTMLElement) || page.inert) return;
      observer.disconnect();
      const control = page.querySelector<HTMLElement>(selector);
      const row = control?.closest<HTMLElement>("[data-topic-id]");
      Object.assign(window, { clicked: row?.dataset.topicId ?? (control ? "" : undefined) });
      control?.click();
    }).observe(document, { subtree: true, attributeFilter: ["inert"] });
  }, selector);
}

const clicked = (page: Page) =>
  page.evaluate(() => (window as unknown as { clicked?: string }).clicked);

test.describe("a control used as the app takes the page over, before it is hydrated, counts", () => {
  test("a box: its topic is done", async ({ page }) => {
    await clickAtTakeover(page, '[data-state="available"] input[type="checkbox"]');
    await page.goto("./");
    await expect(page.getByRole("button", { name: "Export" })).toBeVisible();
    const id = await clicked(page);
    expect(id).toBeTruthy();
    const row = shownRow(page, id ?? "");
    await expect(row).toHaveAttribute("data-state", "done");
    await expect(row.getByRole("checkbox")).toBeChecked();
    await page.reload();
    await expect(row).toHaveAttribute("data-state", "done");
  });

  test("a filter chip: the outline is filtered by it", async ({ page }) => {
    await clickAtTakeover(page, 'input[type="radio"][value="locked"]');
    await page.goto("./");
    await expect(page.getByRole("button", { name: "Export" })).toBeVisible();
    expect(await clicked(page)).toBe("");
    await expect(page.getByRole("radio", { name: "Locked" })).toBeChecked();
    const rows = shownRows(page.locator("main"));
    await expect(rows.first()).toBeVisible();
    await expect(rows.and(page.locator(':not([data-state="locked"])'))).toHaveCount(0);
  });
});

test("a learner who leaves the outline before the app runs gets the page they went to", async ({
  page,
}) => {
  const messages = pageMessages(page);
  // The app's code arrives late, so the hash changes while the prerendered outline is shown.
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto("./", { waitUntil: "commit" });
  await expect(page.locator('.prerender[data-lang="en"] [data-topic-id]').first()).toBeVisible();
  await page.evaluate(() => {
    window.location.hash = "#/plan";
  });
  await expect(page.getByRole("heading", { level: 1, name: "Plan" })).toBeVisible();
  await expect(page.locator(".prerender")).toHaveCount(0);
  expect(messages).toEqual([]);
});

test.describe("the prerendered outline stays hidden when it would mislead", () => {
  const cases: [string, string, Record<string, object>][] = [
    [
      "a learner with progress",
      "./",
      { [PROGRESS_KEY]: { state: { done: { softmax: 1 } }, version: 2 } },
    ],
    [
      "a learner with a goal",
      "./",
      { [PROGRESS_KEY]: { state: { done: {}, goal: "relu" }, version: 2 } },
    ],
    ["a chosen theme", "./", { [PREFS_KEY]: { state: { lang: null, theme: "dark" }, version: 1 } }],
    ["the plan page", "./#/plan", {}],
    ["a topic page", "./#/topic/softmax", {}],
  ];
  for (const [name, path, entries] of cases) {
    test(name, async ({ page }) => {
      await withoutApp(page);
      await store(page, entries);
      await page.goto(path);
      await expect(page.locator("#root")).toBeAttached();
      await expect(page.locator(".prerender").first()).toBeAttached();
      for (const copy of await page.locator(".prerender").all()) await expect(copy).toBeHidden();
    });
  }

  test("a returning learner gets the app's own render with their progress", async ({ page }) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() !== "log") errors.push(message.text());
    });
    await store(page, {
      [PROGRESS_KEY]: { state: { done: { softmax: 1700000000000 } }, version: 2 },
      [PREFS_KEY]: { state: { lang: "zh", theme: "dark" }, version: 1 },
    });
    await page.goto("./");
    await expect(page.getByRole("heading", { level: 1, name: "学习大纲" })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "Softmax" })).toBeChecked();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    await expect(page.locator(".prerender")).toHaveCount(0);
    await expect(page.locator(".app")).toHaveCount(1);
    expect(errors).toEqual([]);
  });
});
