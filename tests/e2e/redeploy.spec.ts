/**
 * A redeploy while a page is open (before the service worker keeps the site): the old build's
 * hashed files are gone. The page says a new version was published and its Reload works,
 * instead of a "Try again" that would meet the same 404 forever.
 */
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "@playwright/test";

test.use({ locale: "en-US", serviceWorkers: "block" });

const E2E_ROOT = ".e2e-root";
const TEXT_FILE = /\.(html|js|json|webmanifest|css)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * What a deploy of changed content does to a copy of the site: `file` gets a new hashed name,
 * and so does every hashed file that names it (browsers keep hashed files for good), up to
 * index.html, which keeps its name and is rewritten.
 */
function redeploy(site: string, file: string): void {
  const texts = filesUnder(site).filter((path) => TEXT_FILE.test(path));
  const hashed = (path: string) => relative(site, path).startsWith("assets");
  const baseName = (path: string) => path.slice(path.lastIndexOf("/") + 1);
  // Every hashed file that names a renamed one, directly or through others.
  const renamed = new Set([file]);
  for (const current of renamed) {
    const name = baseName(current);
    for (const other of texts) {
      if (hashed(other) && !renamed.has(other) && readFileSync(other, "utf8").includes(name)) {
        renamed.add(other);
      }
    }
  }
  const names = [...renamed].map((path) => [
    baseName(path),
    baseName(path).replace(/(\.[a-z]+)$/, "x$1"),
  ]);
  for (const path of texts) {
    const text = readFileSync(path, "utf8");
    let changed = text;
    for (const [from, to] of names) changed = changed.split(from as string).join(to as string);
    if (changed !== text) writeFileSync(path, changed);
  }
  for (const path of renamed) {
    renameSync(
      path,
      join(path.slice(0, path.lastIndexOf("/")), baseName(path).replace(/(\.[a-z]+)$/, "x$1")),
    );
  }
}

/** A copy of the built site of its own, at /<name>/ on the test server. */
function siteCopy(name: string): { dir: string; url: string } {
  const dir = join(E2E_ROOT, name);
  cpSync(join(E2E_ROOT, "jiewang"), dir, { recursive: true });
  return { dir, url: `/${name}/` };
}

/** The data file of `id`'s body in each language, from the copy's index of bodies. */
function bodyFiles(dir: string, id: string): string[] {
  const assets = join(dir, "assets");
  const index = readdirSync(assets).find((name) => /^bodies-.*\.json$/.test(name));
  if (!index) throw new Error("no index of bodies in the build");
  const byId = JSON.parse(readFileSync(join(assets, index), "utf8")) as Record<
    string,
    Record<string, string>
  >;
  return Object.values(byId[id] ?? {}).map((file) => join(assets, file));
}

test("a topic body removed by a redeploy: a new version is announced and Reload shows it", async ({
  page,
}, testInfo) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const { dir, url } = siteCopy(`redeploy-body-${testInfo.workerIndex}-${Date.now()}`);
  await page.goto(url);
  const firstTopic = page.locator('main a[href^="#/topic/"]').first();
  await expect(firstTopic).toBeVisible();
  const href = (await firstTopic.getAttribute("href")) ?? "";
  const id = decodeURIComponent(/#\/topic\/(.+)$/.exec(href)?.[1] ?? "");
  const files = bodyFiles(dir, id);
  expect(files.length, `body files of "${id}" (${href})`).toBeGreaterThan(0);
  for (const file of files) if (existsSync(file)) redeploy(dir, file);

  await firstTopic.click();
  const alert = page.getByRole("alert").filter({ hasText: "A new version of this site" });
  await expect(alert).toBeVisible();
  await expect(page.getByRole("button", { name: "Try again" })).toHaveCount(0);

  await page.getByRole("button", { name: "Reload" }).click();
  await expect(page.locator(".topic-body .markdown")).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "A new version" })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("a view's code removed by a redeploy: a new version is announced and Reload shows it", async ({
  page,
}, testInfo) => {
  const { dir, url } = siteCopy(`redeploy-view-${testInfo.workerIndex}-${Date.now()}`);
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const assets = join(dir, "assets");
  const chunk = readdirSync(assets).find((name) => /^plan-page-.*\.js$/.test(name));
  if (!chunk) throw new Error("no plan page chunk in the build");
  redeploy(dir, join(assets, chunk));

  await page.getByRole("link", { name: "Plan", exact: true }).first().click();
  await expect(page.getByRole("alert").filter({ hasText: "A new version" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Try again" })).toHaveCount(0);
  await page.getByRole("button", { name: "Reload" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Plan" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "A new version" })).toHaveCount(0);
});
