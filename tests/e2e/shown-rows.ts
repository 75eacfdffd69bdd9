/**
 * Topic rows as the learner sees them: the visible ones (a hidden row, such as a filtered-out
 * one, is not what the learner reads).
 */
import { expect, type Locator, type Page } from "@playwright/test";

/** Rows (or plan items, graph nodes) in `scope` matching `selector`, visible ones only. */
export function shownRows(scope: Page | Locator, selector = "[data-topic-id]"): Locator {
  return scope.locator(selector).filter({ visible: true });
}

/** The visible row of topic `id` in `scope` (default: the page's `main`). */
export function shownRow(page: Page, id: string, scope: Page | Locator = page.locator("main")) {
  return shownRows(scope, `[data-topic-id="${id}"]`);
}

/** Ids of the visible rows in `scope` with `data-state` = `state`, in page order. */
export function shownIdsWithState(scope: Page | Locator, state: string): Promise<string[]> {
  return shownRows(scope, `[data-topic-id][data-state="${state}"]`).evaluateAll((rows) =>
    rows.map((row) => row.getAttribute("data-topic-id") ?? ""),
  );
}

/** Waits until `scope` shows a row. */
export async function waitForShownRows(scope: Page | Locator): Promise<void> {
  await expect(shownRows(scope).first()).toBeVisible();
}

/** Topic id -> `data-state` of the visible rows in `scope`, once it shows some. */
export async function shownStates(scope: Page | Locator): Promise<Record<string, string>> {
  await waitForShownRows(scope);
  return shownRows(scope, "[data-topic-id][data-state]").evaluateAll((rows) =>
    Object.fromEntries(
      rows.map((row) => [row.getAttribute("data-topic-id"), row.getAttribute("data-state")]),
    ),
  );
}
