import { screen } from "@testing-library/react";
import { renderApp } from "../render-app";
import { openMenu } from "../open-menu";

afterEach(() => {
  delete document.documentElement.dataset.theme;
});

describe("theme", () => {
  it("follows the system by default (no forced theme on <html>)", async () => {
    const { user } = await renderApp({ lang: "en" });
    await openMenu(user);
    expect(screen.getByRole("combobox", { name: "Theme" })).toHaveValue("system");
    expect(document.documentElement).not.toHaveAttribute("data-theme");
  });

  it.each([
    ["dark", "dark"],
    ["light", "light"],
  ])("switches to %s and remembers it", async (option, attribute) => {
    const { user, storage, unmount } = await renderApp({ lang: "en" });
    await openMenu(user);
    await user.selectOptions(screen.getByRole("combobox", { name: "Theme" }), option);
    expect(document.documentElement).toHaveAttribute("data-theme", attribute);

    unmount();
    delete document.documentElement.dataset.theme;
    await renderApp({ storage });
    expect(document.documentElement).toHaveAttribute("data-theme", attribute);
  });

  it("goes back to following the system", async () => {
    const { user } = await renderApp({ lang: "en", theme: "dark" });
    expect(document.documentElement).toHaveAttribute("data-theme", "dark");
    await openMenu(user);
    await user.selectOptions(screen.getByRole("combobox", { name: "Theme" }), "system");
    expect(document.documentElement).not.toHaveAttribute("data-theme");
  });

  it("gives the browser's bars the chosen theme's colour, and the system's back", async () => {
    // As in index.html: one theme-color tag per colour scheme.
    document.head.insertAdjacentHTML(
      "beforeend",
      '<meta name="theme-color" content="#f7f5f0" media="(prefers-color-scheme: light)">' +
        '<meta name="theme-color" content="#15171a" media="(prefers-color-scheme: dark)">',
    );
    const colours = () =>
      [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].map(
        (tag) => tag.content,
      );
    try {
      const { user } = await renderApp({ lang: "en" });
      await openMenu(user);
      const theme = screen.getByRole("combobox", { name: "Theme" });
      expect(colours()).toEqual(["#f7f5f0", "#15171a"]);
      await user.selectOptions(theme, "dark");
      expect(colours()).toEqual(["#15171a", "#15171a"]);
      await user.selectOptions(theme, "light");
      expect(colours()).toEqual(["#f7f5f0", "#f7f5f0"]);
      await user.selectOptions(theme, "system");
      expect(colours()).toEqual(["#f7f5f0", "#15171a"]);
    } finally {
      for (const tag of document.querySelectorAll('meta[name="theme-color"]')) tag.remove();
    }
  });
});
