/**
 * Another site cannot show this one in a frame: the server refuses (frame-ancestors 'none',
 * X-Frame-Options: DENY), and where a host sends no headers the app's own check says so and
 * turns off import and replace.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { type BrowserContext, expect, type Page, test } from "@playwright/test";

test.use({ locale: "en-US" });

/** A page of another origin (about:blank) with one frame of `url`; resolves once it loaded. */
async function frameIn(page: Page, url: string) {
  await page.setContent(
    `<iframe title="framed" src="${url}" width="900" height="700" onload="window.framed = true"></iframe>`,
  );
  await page.waitForFunction(() => (window as { framed?: boolean }).framed === true);
  return page.frameLocator('iframe[title="framed"]');
}

/** The static server without the anti-framing headers, on a free port; stopped by the caller. */
async function serverWithoutFrameHeaders(): Promise<{ origin: string; server: ChildProcess }> {
  const server = spawn(
    process.execPath,
    ["scripts/static-server.mjs", "--root", ".e2e-root", "--port", "0", "--no-frame-headers"],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const origin = await new Promise<string>((resolve, reject) => {
    let out = "";
    server.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /at (http:\/\/[^/\s]+)\//.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    server.once("exit", (code) => reject(new Error(`static server exited with ${code}`)));
  });
  return { origin, server };
}

/** A real share code of the site, read from its Share panel in a tab of its own. */
async function shareCodeOfThisSite(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  await page.goto("./");
  await page.getByRole("button", { name: "Share", exact: true }).click();
  const box = page.getByRole("textbox", { name: "Share link" });
  await expect(box).toHaveValue(/#\/share\/[A-Za-z0-9_-]+$/);
  const code = /#\/share\/([A-Za-z0-9_-]+)$/.exec(await box.inputValue())?.[1] ?? "";
  await page.close();
  return code;
}

test("the server refuses to be framed by another page", async ({ page, baseURL }) => {
  const response = await page.request.get(baseURL ?? "");
  expect(response.headers()["content-security-policy"]).toBe("frame-ancestors 'none'");
  expect(response.headers()["x-frame-options"]).toBe("DENY");

  const frame = await frameIn(page, baseURL ?? "");
  const child = page.frames().find((candidate) => candidate !== page.mainFrame());
  expect(child?.url() ?? "").not.toContain("/jiewang/");
  await expect(frame.getByRole("heading", { level: 1 })).toHaveCount(0);
  await expect(frame.getByRole("button", { name: "Import file" })).toHaveCount(0);
});

test("without the headers, the app finds itself framed and turns off import", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const code = await shareCodeOfThisSite(page.context());
  const { origin, server } = await serverWithoutFrameHeaders();
  try {
    // The learner's own view: the notice, and Import file turned off.
    let frame = await frameIn(page, `${origin}/jiewang/`);
    const notice = frame.getByRole("alert").filter({ hasText: "shown inside another website" });
    await expect(notice).toBeVisible();
    await expect(frame.getByRole("heading", { level: 1 })).toBeVisible();
    // The button itself, not the hidden file input behind it (also named Import file).
    const importFile = frame
      .getByRole("button", { name: "Import file", includeHidden: true })
      .and(frame.locator("button"));
    await expect(importFile).toHaveCount(1);
    await expect(importFile).toBeDisabled();

    // A share link's page: its Import is turned off too.
    expect((await page.request.get(`${origin}/jiewang/`)).headers()["x-frame-options"]).toBe(
      undefined,
    );
    frame = await frameIn(page, `${origin}/jiewang/#/share/${code}`);
    await expect(frame.getByRole("heading", { level: 1, name: "Shared progress" })).toBeVisible();
    await expect(
      frame.getByRole("alert").filter({ hasText: "shown inside another website" }),
    ).toBeVisible();
    await expect(frame.getByRole("button", { name: "Import", exact: true })).toBeDisabled();
  } finally {
    server.kill();
  }
  expect(errors).toEqual([]);
});
