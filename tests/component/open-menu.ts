import { screen } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";

/** Opens the header's menu (Language, Theme, Export, Import file) unless it is open already. */
export async function openMenu(user: UserEvent) {
  const button = screen.getByRole("button", { name: /^(Menu|菜单)$/ });
  if (button.getAttribute("aria-expanded") !== "true") await user.click(button);
}
