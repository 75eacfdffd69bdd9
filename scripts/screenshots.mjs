#!/usr/bin/env node
// `npm run screenshots`: pictures of the built outline for the README and docs/screenshots/,
// taken from the real site (dist/, served by the project's static server) in Chromium: 1280 px
// and 360 px wide, light and dark, in English. Builds dist/ first when it is missing.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { chromiumArgs, requireChromium } from "./chromium.mjs";

const executablePath = requireChromium();
const out = "docs/screenshots";
const port = Number(process.env.SCREENSHOTS_PORT ?? 4497);
const base = `http://127.0.0.1:${port}/`;

if (!existsSync("dist/index.html")) {
  const build = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(
  "node",
  ["scripts/static-server.mjs", "--root", "dist", "--port", String(port)],
  { stdio: "ignore" },
);

/** Waits until the server answers, instead of guessing how long it takes to start. */
async function serverReady() {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The static server did not answer at ${base}`);
}

const shots = [
  { name: "outline-1280-light", width: 1280, height: 900, colorScheme: "light" },
  { name: "outline-1280-dark", width: 1280, height: 900, colorScheme: "dark" },
  { name: "outline-360-light", width: 360, height: 740, colorScheme: "light" },
  { name: "outline-360-dark", width: 360, height: 740, colorScheme: "dark" },
  // What a first visit shows on a phone: the welcome, and the first topic row below it.
  { name: "first-visit-360-light", width: 360, height: 740, colorScheme: "light", welcome: true },
];

let browser;
try {
  await serverReady();
  browser = await chromium.launch({ executablePath, args: chromiumArgs });
  mkdirSync(out, { recursive: true });
  for (const shot of shots) {
    const context = await browser.newContext({
      viewport: { width: shot.width, height: shot.height },
      colorScheme: shot.colorScheme,
      locale: "en-US",
      serviceWorkers: "block",
    });
    const page = await context.newPage();
    await page.goto(`${base}#/`);
    await page.locator("[data-topic-id]").first().waitFor();
    // The outline as a returning learner sees it: the first visit's welcome put away, so the
    // pictures show Next up and the progress summary (but for the first-visit picture).
    const hideWelcome = page.getByRole("button", { name: "Hide this welcome" });
    if (!shot.welcome) {
      if (await hideWelcome.isVisible()) await hideWelcome.click();
      await hideWelcome.waitFor({ state: "hidden" });
    }
    // Share sits beside the menu on wide screens once its chunk has arrived.
    if (shot.width >= 960) await page.getByRole("button", { name: "Share" }).waitFor();
    await page.evaluate(() => document.fonts.ready);
    // Focus left on the page by the click would draw a focus ring in the picture.
    await page.evaluate(() =>
      document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined,
    );
    const file = join(out, `${shot.name}.png`);
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
    await context.close();
  }
} finally {
  await browser?.close();
  server.kill();
}
