/**
 * The built site as a self-hoster deploys it: a plain static server, sub-paths, no request to
 * another origin, a CSP nothing violates, offline after one visit, and separate progress for
 * two sites on one origin (the default curriculum at /jiewang/, a team's at /team/).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { shownIdsWithState, shownRow, waitForShownRows } from "./shown-rows";

test.use({ locale: "en-US" });

const goal = /^goal:\s*([a-z0-9-]+)/m.exec(readFileSync("curriculum/curriculum.yaml", "utf8"))?.[1];

// The static server of playwright.config.ts; anything else is another origin.
const siteOrigin = `http://127.0.0.1:${process.env.E2E_PORT ?? 4399}`;

interface Watch {
  readonly failed: string[];
  readonly foreign: string[];
  readonly errors: string[];
}

/** Records failed requests, requests to other origins, page errors and CSP violations. */
async function watch(page: Page): Promise<Watch> {
  const found: Watch = { failed: [], foreign: [], errors: [] };
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith("http") && url.origin !== siteOrigin) found.foreign.push(url.href);
  });
  page.on("requestfailed", (request) =>
    found.failed.push(`${request.url()} ${request.failure()?.errorText}`),
  );
  page.on("response", (response) => {
    if (response.status() >= 400) found.failed.push(`${response.status()} ${response.url()}`);
  });
  page.on("pageerror", (error) => found.errors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") found.errors.push(message.text());
  });
  return found;
}

async function doneIds(page: Page): Promise<string[]> {
  // The outline renders once the curriculum data has arrived, which can be after the load event.
  await waitForShownRows(page.locator("main"));
  return shownIdsWithState(page.locator("main"), "done");
}

test("every view loads under a sub-path with no failed or foreign request and no CSP violation", async ({
  page,
}) => {
  const seen = await watch(page);
  const response = await page.goto("./");
  expect(response?.status()).toBe(200);
  const csp = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(csp).toHaveAttribute("content", /default-src 'self'/);
  // No inline or eval'd script may run; inline *styles* are allowed (see vite.config.ts).
  const scriptSrc = /script-src([^;]*)/.exec((await csp.getAttribute("content")) ?? "")?.[1];
  expect(scriptSrc?.trim()).toBe("'self'");
  expect(await csp.getAttribute("content")).not.toMatch(/unsafe-eval/);

  await waitForShownRows(page.locator("main"));
  const [first] = await shownIdsWithState(page.locator("main"), "available");
  await shownRow(page, first ?? "")
    .getByRole("checkbox")
    .check();

  await page.goto(`./#/topic/${goal}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator(".katex").first()).toBeVisible();
  // Links to outside resources never hand this page to the site they open.
  const external = page.locator('main a[href^="http"]');
  expect(await external.count()).toBeGreaterThan(0);
  for (const rel of await external.evaluateAll((links) =>
    links.map((a) => a.getAttribute("rel")),
  )) {
    expect(rel).toContain("noopener");
    expect(rel).toContain("noreferrer");
  }

  await page.goto("./#/plan");
  await expect(page.getByRole("list", { name: "Plan", exact: true })).toBeVisible();
  await page.goto("./#/graph");
  await waitForShownRows(page);

  await page.goto("./#/");
  await page.getByRole("button", { name: "Share", exact: true }).click();
  const link = await page.getByRole("textbox", { name: "Share link" }).inputValue();
  await page.goto(link);
  await expect(page.getByRole("button", { name: "Import" })).toBeVisible();

  expect(seen.failed).toEqual([]);
  expect(seen.foreign).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test("the same dist/ works at a deeper sub-path without a rebuild", async ({ page }) => {
  const seen = await watch(page);
  await page.goto("/a/b/c/");
  await waitForShownRows(page.locator("main"));
  await page.goto(`/a/b/c/#/topic/${goal}`);
  await expect(page.locator(".katex").first()).toBeVisible();
  expect(seen.failed).toEqual([]);
  expect(seen.errors).toEqual([]);
});

/** Waits until the service worker has installed (precached everything) and is active. */
async function waitForServiceWorker(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state),
      { timeout: 30_000 },
    )
    .toBe("activated");
}

/**
 * Starts a private static server for one test, so the test can take the network away for real
 * by stopping it (Playwright's setOffline does not combine reliably with service workers), or
 * change the files it serves.
 */
async function startPrivateServer(port: number, root = ".e2e-root"): Promise<ChildProcess> {
  const server = spawn(
    "node",
    ["scripts/static-server.mjs", "--root", root, "--port", String(port)],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  await new Promise<void>((resolve, reject) => {
    server.stdout?.once("data", () => resolve());
    server.once("exit", () => reject(new Error("static server exited")));
  });
  return server;
}

test("after one visit the outline and a topic page work with the network off", async ({ page }) => {
  const port = Number(process.env.E2E_PORT ?? 4399) - 1;
  const server = await startPrivateServer(port);
  const site = `http://127.0.0.1:${port}/jiewang/`;
  try {
    await page.goto(site);
    await waitForShownRows(page.locator("main"));
    await waitForServiceWorker(page);
  } finally {
    server.kill("SIGKILL");
  }
  await new Promise<void>((resolve) => server.once("exit", () => resolve()));
  // The server is gone: nothing below can come from the network.
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.reload();
  await waitForShownRows(page.locator("main"));
  await page.goto(`${site}#/topic/${goal}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator(".katex").first()).toBeVisible();
  await page.goto(`${site}#/graph`);
  await waitForShownRows(page);
  await page.goto(`${site}#/plan`);
  await expect(page.getByRole("list", { name: "Plan", exact: true })).toBeVisible();
  expect(errors).toEqual([]);
});

test("a new deploy is offered with a reload prompt, never applied behind the learner's back", async ({
  page,
}) => {
  const port = Number(process.env.E2E_PORT ?? 4399) - 2;
  const root = mkdtempSync(join(tmpdir(), "jiewang-update-"));
  cpSync(join(".e2e-root", "jiewang"), join(root, "jiewang"), { recursive: true });
  const server = await startPrivateServer(port, root);
  const site = `http://127.0.0.1:${port}/jiewang/`;
  try {
    await page.goto(site);
    await waitForShownRows(page.locator("main"));
    await waitForServiceWorker(page);

    // The next deploy: a service worker script that differs by a byte, as every rebuild's does.
    appendFileSync(join(root, "jiewang", "sw.js"), "\n// the next deploy\n");
    await page.reload();
    await waitForShownRows(page.locator("main"));
    // A mark on this document: a reload (by the app or by the learner) would drop it.
    const marked = () =>
      page.evaluate(() => (window as { jiewangMark?: boolean }).jiewangMark === true);
    await page.evaluate(() => {
      (window as { jiewangMark?: boolean }).jiewangMark = true;
    });
    const notice = page.getByRole("complementary", { name: "New version" });
    await expect(notice).toBeVisible({ timeout: 30_000 });
    await expect(notice).toContainText("A new version of this site is available.");
    // Offered, not applied: still the same document, the new worker still waiting.
    expect(await marked()).toBe(true);
    expect(
      await page.evaluate(async () =>
        Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
      ),
    ).toBe(true);

    // Reload: the waiting worker takes over and the page loads again, as a new document.
    const reloaded = page.waitForEvent("load");
    await notice.getByRole("button", { name: "Reload" }).click();
    await reloaded;
    expect(await marked()).toBe(false);
    await waitForShownRows(page.locator("main"));
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return { waiting: Boolean(registration?.waiting), active: registration?.active?.state };
      }),
    ).toEqual({ waiting: false, active: "activated" });
    await expect(notice).toBeHidden();
  } finally {
    server.kill("SIGKILL");
    rmSync(root, { recursive: true, force: true });
  }
});

async function tick(page: Page, id: string) {
  await shownRow(page, id).getByRole("checkbox").check();
  await expect(shownRow(page, id)).toHaveAttribute("data-state", "done");
}

test("two sites on one origin keep separate progress", async ({
  context,
}: {
  context: BrowserContext;
}) => {
  const main = await context.newPage();
  await main.goto("./");
  await waitForShownRows(main.locator("main"));
  const [first] = await shownIdsWithState(main.locator("main"), "available");
  await tick(main, first ?? "");

  const team = await context.newPage();
  const seen = await watch(team);
  await team.goto("/team/");
  await expect(team).toHaveTitle(/Team onboarding/);
  await expect(shownRow(team, "tooling")).toHaveAttribute("data-state", "available");
  expect(await doneIds(team)).toEqual([]);
  await tick(team, "tooling");
  await expect(shownRow(team, "codebase-tour")).toHaveAttribute("data-state", "available");

  await main.reload();
  expect(await doneIds(main)).toEqual([first]);
  await team.reload();
  expect(await doneIds(team)).toEqual(["tooling"]);
  expect(seen.failed).toEqual([]);
  expect(seen.errors).toEqual([]);
});
