/**
 * Only the reading language's UI strings load with the first page; switching to another
 * language loads its strings first and keeps the page in the current language meanwhile.
 */
import { act, screen } from "@testing-library/react";
import { vi } from "vitest";
import { renderApp } from "../render-app";

// Chinese strings held back until the test releases them, as if still downloading.
const chinese = vi.hoisted(() => ({ ready: false, release: () => {} }));

vi.mock("../../../src/i18n/strings", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../../src/i18n/strings")>();
  const held = (lang: string) => lang === "zh" && !chinese.ready;
  return {
    ...actual,
    hasStrings: (lang: "zh" | "en") => !held(lang) && actual.hasStrings(lang),
    loadStrings: (lang: "zh" | "en") =>
      held(lang)
        ? new Promise<void>((resolve) => {
            chinese.release = () => {
              chinese.ready = true;
              resolve();
            };
          })
        : actual.loadStrings(lang),
  };
});

describe("switching to a language whose strings are not loaded yet", () => {
  it("stays in the current language until they arrive, then switches everything", async () => {
    const { user } = renderApp({ lang: "en" });
    await user.selectOptions(screen.getByRole("combobox", { name: "Language" }), "zh");

    // Nothing half-translated: the page is still wholly English.
    expect(document.documentElement.lang).toBe("en");
    expect(screen.getByRole("heading", { level: 1, name: "Outline" })).toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: "Linear algebra" })).toBeInTheDocument();

    await act(async () => chinese.release());
    expect(await screen.findByRole("heading", { level: 1, name: "学习大纲" })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("zh");
    expect(screen.getByRole("combobox", { name: "语言" })).toHaveValue("zh");
    expect(screen.getByRole("checkbox", { name: "线性代数" })).toBeInTheDocument();
  });
});
