import { screen, within } from "@testing-library/react";
import { renderApp } from "../render-app";

// Whole-app renders with lazy views are slow on a busy two-core machine: give them room.
vi.setConfig({ testTimeout: 20_000 });

const menuButton = (name = "Menu") => screen.getByRole("button", { name });

describe("the header's menu", () => {
  it("starts closed, with its controls out of reach", async () => {
    await renderApp({ lang: "en" });
    expect(menuButton()).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("combobox", { name: "Language" })).not.toBeInTheDocument();
    expect(screen.queryByRole("combobox", { name: "Theme" })).not.toBeInTheDocument();
  });

  it("opens with Enter, walks with Tab, closes with Escape and gives focus back", async () => {
    const { user } = await renderApp({ lang: "en" });
    menuButton().focus();
    await user.keyboard("{Enter}");
    expect(menuButton()).toHaveAttribute("aria-expanded", "true");
    const panel = document.getElementById(menuButton().getAttribute("aria-controls") ?? "");
    expect(panel).not.toBeNull();
    await user.tab();
    expect(screen.getByRole("combobox", { name: "Language" })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("combobox", { name: "Theme" })).toHaveFocus();
    await user.tab();
    expect(
      await screen.findByRole("button", { name: "Export" }, { timeout: 10_000 }),
    ).toHaveFocus();
    // The export hint describes the Export button.
    expect(screen.getByRole("button", { name: "Export" })).toHaveAccessibleDescription(/JSON file/);
    await user.keyboard("{Escape}");
    expect(menuButton()).toHaveAttribute("aria-expanded", "false");
    expect(menuButton()).toHaveFocus();
    expect(screen.queryByRole("button", { name: "Export" })).not.toBeInTheDocument();
  });

  it("opens with Space and closes on a click elsewhere", async () => {
    const { user } = await renderApp({ lang: "en" });
    menuButton().focus();
    await user.keyboard(" ");
    expect(menuButton()).toHaveAttribute("aria-expanded", "true");
    await user.click(screen.getByRole("heading", { level: 1 }));
    expect(menuButton()).toHaveAttribute("aria-expanded", "false");
  });

  it("is called 菜单 in Chinese and holds 语言 and 主题", async () => {
    const { user } = await renderApp({ lang: "zh" });
    await user.click(menuButton("菜单"));
    const banner = screen.getByRole("banner");
    expect(within(banner).getByRole("combobox", { name: "语言" })).toBeVisible();
    expect(within(banner).getByRole("combobox", { name: "主题" })).toBeVisible();
  });

  it("keeps the Share popover from ending with an export sentence that has no button", async () => {
    const { user } = await renderApp({ lang: "en" });
    await user.click(await screen.findByRole("button", { name: "Share" }, { timeout: 10_000 }));
    const link = screen.getByRole("textbox", { name: "Share link" });
    const panel = link.closest(".share-panel") as HTMLElement;
    expect(panel).not.toHaveTextContent(/JSON file/);
    expect(within(panel).queryByRole("button", { name: "Export" })).not.toBeInTheDocument();
  });
});
