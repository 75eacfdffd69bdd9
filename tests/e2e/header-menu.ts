import { expect, type Page } from "@playwright/test";

/**
 * Opens the header's menu (Language, Theme, Export, Import file, and Share on narrow screens)
 * unless it is open already.
 */
export async function openMenuIfCollapsed(page: Page) {
  const menu = page.getByRole("banner").getByRole("button", { name: /^(Menu|菜单)$/ });
  if ((await menu.getAttribute("aria-expanded")) !== "true") await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
}
