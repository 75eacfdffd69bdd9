#!/usr/bin/env node
// `npm run test:e2e`: build the real site, lay it out under sub-paths of a plain static server,
// then run the Playwright tests in Debian's Chromium. Extra arguments go to Playwright.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { requireChromium } from "./chromium.mjs";

requireChromium();

const root = ".e2e-root";
const run = (command, args, env = {}) => {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\ntest:e2e: \`${command} ${args.join(" ")}\` failed`);
    process.exit(result.status ?? 1);
  }
};

// The default curriculum, built exactly as `npm run build` does, then checked against budgets.
run("npx", ["vite", "build", "--logLevel", "warn"]);
run("node", ["scripts/check-budget.mjs", "dist"]);

rmSync(root, { recursive: true, force: true });
mkdirSync(root, { recursive: true });
// The same dist/ at two different sub-paths: it must work anywhere without a rebuild.
cpSync("dist", join(root, "jiewang"), { recursive: true });
cpSync("dist", join(root, "a", "b", "c"), { recursive: true });
// A team's own curriculum folder, built with CURRICULUM_DIR, on the same origin.
run(
  "npx",
  ["vite", "build", "--logLevel", "warn", "--outDir", join(root, "team"), "--emptyOutDir"],
  {
    CURRICULUM_DIR: "tests/fixtures/curricula/team-site",
  },
);

run("npx", ["playwright", "test", ...process.argv.slice(2)]);
