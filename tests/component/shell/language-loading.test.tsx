/**
 * Only the reading language's UI strings load with the first page; switching to another
 * language loads its strings first and keeps the page in the current language meanwhile. The
 * strings loader is injected through the app's services.
 */
import { act, screen } from "@testing-library/react";
import { zh } from "../../../src/i18n/strings-zh";
import type { UiStrings } from "../../../src/i18n/strings";
import { en } from "../../../src/i18n/strings-en";
import { renderApp } from "../render-app";
import { openMenu } from "../open-menu";

describe("switching to a language whose strings are not loaded yet", () => {
  it("stays in the current language until they arrive, then switches everything", async () => {
    let release: (strings: UiStrings) => void = () => {};
    const requested: string[] = [];
    const loadStrings = (lang: string) => {
      requested.push(lang);
      return new Promise<UiStrings>((resolve) => {
        release = resolve;
      });
    };
    const { user } = await renderApp({ lang: "en", strings: { en }, loadStrings });
    await openMenu(user);
    await user.selectOptions(screen.getByRole("combobox", { name: "Language" }), "zh");

    // Nothing half-translated: the page is still wholly English.
    expect(requested).toEqual(["zh"]);
    expect(document.documentElement.lang).toBe("en");
    expect(screen.getByRole("heading", { level: 1, name: "Outline" })).toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: "Linear algebra" })).toBeInTheDocument();

    await act(async () => release(zh));
    expect(await screen.findByRole("heading", { level: 1, name: "学习大纲" })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("zh");
    await openMenu(user);
    expect(screen.getByRole("combobox", { name: "语言" })).toHaveValue("zh");
    expect(screen.getByRole("checkbox", { name: "线性代数" })).toBeInTheDocument();
  });
});
