#!/usr/bin/env node
// Adds up the test counts that Vitest and Playwright wrote as JSON during a CI run and prints
// one closing line, "N passed, N failed". Fails when a report is missing or shows no tests.
import { existsSync, readFileSync } from "node:fs";

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined);
const vitest = read("reports/vitest.json");
const playwright = read("reports/playwright.json");
if (!vitest || !playwright) {
  console.error(
    "ci-summary: a test report is missing (reports/vitest.json, reports/playwright.json)",
  );
  process.exit(1);
}
const unit = {
  passed: vitest.numPassedTests,
  failed: vitest.numFailedTests,
  skipped: vitest.numPendingTests + vitest.numTodoTests,
};
const s = playwright.stats;
const e2e = { passed: s.expected, failed: s.unexpected + s.flaky, skipped: s.skipped };
console.log(`vitest: ${unit.passed} passed, ${unit.failed} failed, ${unit.skipped} skipped`);
console.log(`playwright: ${e2e.passed} passed, ${e2e.failed} failed, ${e2e.skipped} skipped`);
const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed;
if (passed === 0 || unit.passed === 0 || e2e.passed === 0) {
  console.error("ci-summary: a runner executed no tests");
  process.exit(1);
}
console.log(`${passed} passed, ${failed} failed, ${unit.skipped + e2e.skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
