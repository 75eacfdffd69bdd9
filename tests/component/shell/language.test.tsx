import { screen, within } from "@testing-library/react";
import { afterEach, vi } from "vitest";
import { makeCurriculum } from "../../fixtures/curriculum-factory";
import { createTestServices, renderApp } from "../render-app";
import { openMenu } from "../open-menu";

afterEach(() => {
  vi.restoreAllMocks();
});

function browserLanguages(languages: string[]) {
  vi.spyOn(navigator, "languages", "get").mockReturnValue(languages);
}

describe("languages", () => {
  it.each([
    [["zh-CN", "en"], "zh", "学习大纲"],
    [["en-GB"], "en", "Outline"],
    [["fr-FR", "en-US"], "en", "Outline"],
  ])("takes the first choice from the browser (%j -> %s)", async (languages, lang, heading) => {
    browserLanguages(languages);
    await renderApp();
    expect(document.documentElement.lang).toBe(lang);
    expect(screen.getByRole("heading", { level: 1, name: heading })).toBeInTheDocument();
  });

  it("leaves <html lang> alone when startup has already set it right", async () => {
    // Setting it, even to the same value, makes the browser restyle the whole page.
    browserLanguages(["en-US"]);
    document.documentElement.lang = "en";
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(document.documentElement, { attributeFilter: ["lang"] });
    await renderApp();
    expect(screen.getByRole("heading", { level: 1, name: "Outline" })).toBeInTheDocument();
    // Records not yet delivered to the callback are taken here.
    changes.push(...observer.takeRecords());
    observer.disconnect();
    expect(changes).toEqual([]);
    expect(document.documentElement.lang).toBe("en");
  });

  it("switches with the Language control, moves <html lang>, and remembers the choice", async () => {
    browserLanguages(["en-US"]);
    const { user, storage, unmount } = await renderApp();
    expect(document.documentElement.lang).toBe("en");

    await openMenu(user);
    await user.selectOptions(screen.getByRole("combobox", { name: "Language" }), "zh");
    expect(document.documentElement.lang).toBe("zh");
    expect(screen.getByRole("heading", { level: 1, name: "学习大纲" })).toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: "线性代数" })).toBeInTheDocument();
    // The control is now named in Chinese.
    await openMenu(user);
    expect(screen.getByRole("combobox", { name: "语言" })).toHaveValue("zh");

    unmount();
    await renderApp({ storage });
    expect(document.documentElement.lang).toBe("zh");
  });

  it("offers the curriculum's languages, each named in itself", async () => {
    const { user } = await renderApp({ lang: "en" });
    await openMenu(user);
    const options = within(screen.getByRole("combobox", { name: "Language" })).getAllByRole(
      "option",
    );
    expect(options.map((o) => [o.getAttribute("value"), o.textContent])).toEqual([
      ["zh", "中文"],
      ["en", "English"],
    ]);
  });

  it("marks topic text that falls back to the primary language", async () => {
    await renderApp({ lang: "en" });
    const row = document.querySelector<HTMLElement>('[data-topic-id="probability"]');
    if (!row) throw new Error("no probability row");
    const link = within(row).getByRole("link", { name: /概率论/ });
    const title = within(link).getByText("概率论");
    expect(title).toHaveAttribute("lang", "zh");
    expect(within(link).getByText("中文")).toHaveAttribute("lang", "zh");
    // The checkbox is still named by the title, whatever its language.
    expect(screen.getByRole("checkbox", { name: "概率论" })).toBeInTheDocument();
  });

  it("does not mark text that exists in the reading language", async () => {
    await renderApp({ lang: "en" });
    const row = document.querySelector<HTMLElement>('[data-topic-id="algebra"]');
    if (!row) throw new Error("no algebra row");
    expect(within(row).queryByText("中文")).not.toBeInTheDocument();
  });

  it("keeps UI strings in English for a curriculum language without UI strings", async () => {
    const curriculum = makeCurriculum({
      languages: ["fr"],
      title: { fr: "Cours d'essai" },
      sections: [{ id: "s", title: { fr: "Bases" } }],
      topics: [{ id: "a", title: { fr: "Algèbre" }, section: "s" }],
    });
    browserLanguages(["fr-FR"]);
    await renderApp({ curriculum });
    expect(document.documentElement.lang).toBe("fr");
    const heading = screen.getByRole("heading", { level: 1, name: "Outline" });
    expect(heading.closest("[lang]")).toHaveAttribute("lang", "en");
    expect(screen.getByRole("checkbox", { name: "Algèbre" })).toBeInTheDocument();
    for (const title of screen.getAllByText("Algèbre")) expect(title).toHaveAttribute("lang", "fr");
  });

  it("builds services without touching the browser language when one is chosen", async () => {
    const { services } = createTestServices({ lang: "zh" });
    expect(services.preferences.getState().lang).toBe("zh");
  });
});

describe("document title", () => {
  it.each([
    ["#/", "Outline · Test curriculum"],
    ["#/plan", "Plan · Test curriculum"],
    ["#/graph", "Graph · Test curriculum"],
    ["#/topic/neural-nets", "Neural networks · Test curriculum"],
    ["#/topic/nn", "Neural networks · Test curriculum"],
    ["#/topic/no-such-topic", "Not found · Test curriculum"],
    ["#/nowhere", "Not found · Test curriculum"],
  ])("at %s is %s", async (route, title) => {
    await renderApp({ lang: "en", route });
    expect(document.title).toBe(title);
  });
});
