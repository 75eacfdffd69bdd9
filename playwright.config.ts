import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./scripts/chromium.mjs";

const port = Number(process.env.E2E_PORT ?? 4399);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  // CI shares two cores between two browsers, the server and a build: assertions get more time
  // than the default 5 s to come true there, and still have to.
  expect: { timeout: 10_000 },
  // CI adds up the real test counts from the JSON report (scripts/ci-summary.mjs).
  reporter: process.env.CI
    ? [["list"], ["json", { outputFile: "reports/playwright.json" }]]
    : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}/jiewang/`,
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    trace: "off",
    serviceWorkers: "allow",
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: `node scripts/static-server.mjs --root .e2e-root --port ${port}`,
    url: `http://127.0.0.1:${port}/jiewang/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
