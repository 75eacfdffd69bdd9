import { screen } from "@testing-library/react";
import { renderApp } from "../render-app";

afterEach(() => {
  delete document.documentElement.dataset.theme;
});

describe("theme", () => {
  it("follows the system by default (no forced theme on <html>)", () => {
    renderApp({ lang: "en" });
    expect(screen.getByRole("combobox", { name: "Theme" })).toHaveValue("system");
    expect(document.documentElement).not.toHaveAttribute("data-theme");
  });

  it.each([
    ["dark", "dark"],
    ["light", "light"],
  ])("switches to %s and remembers it", async (option, attribute) => {
    const { user, storage, unmount } = renderApp({ lang: "en" });
    await user.selectOptions(screen.getByRole("combobox", { name: "Theme" }), option);
    expect(document.documentElement).toHaveAttribute("data-theme", attribute);

    unmount();
    delete document.documentElement.dataset.theme;
    renderApp({ storage });
    expect(document.documentElement).toHaveAttribute("data-theme", attribute);
  });

  it("goes back to following the system", async () => {
    const { user } = renderApp({ lang: "en", theme: "dark" });
    expect(document.documentElement).toHaveAttribute("data-theme", "dark");
    await user.selectOptions(screen.getByRole("combobox", { name: "Theme" }), "system");
    expect(document.documentElement).not.toHaveAttribute("data-theme");
  });
});
