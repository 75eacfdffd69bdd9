import { screen, within } from "@testing-library/react";
import type { CompiledCurriculum } from "../../../src/curriculum/types";
import { fixtureCurriculum, renderApp } from "../render-app";

const withSource = (source: CompiledCurriculum["source"]): CompiledCurriculum => ({
  ...fixtureCurriculum,
  source,
  intro: { zh: "<p>简介正文。</p>", en: "<p>The intro, <em>rendered</em>.</p>" },
});

describe("#/about", () => {
  it("shows the intro, and the source linked when it has a url", async () => {
    await renderApp({
      lang: "en",
      route: "#/about",
      curriculum: withSource({
        title: { zh: "原文标题", en: "The source article" },
        author: "A. Writer",
        url: "https://example.org/post",
        date: "2024-07-30",
      }),
    });
    expect(screen.getByRole("heading", { level: 1, name: "About this curriculum" })).toBeVisible();
    expect(screen.getByText("rendered").tagName).toBe("EM");
    const link = screen.getByRole("link", { name: "The source article" });
    expect(link).toHaveAttribute("href", "https://example.org/post");
    expect(screen.getByText(/By A\. Writer\./)).toBeInTheDocument();
    expect(screen.getByText("Dated 2024-07-30.")).toBeInTheDocument();
    expect(screen.queryByText(/no public address/)).not.toBeInTheDocument();
    for (const name of ["Where your progress is kept", "Sharing", "Host your own"]) {
      expect(screen.getByRole("heading", { level: 2, name })).toBeVisible();
    }
  });

  it("names a source without a url, and says it has no address", async () => {
    await renderApp({
      lang: "zh",
      route: "#/about",
      curriculum: withSource({ title: { zh: "原文标题", en: "The source article" } }),
    });
    expect(screen.getByText("原文标题")).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "原文标题" })).not.toBeInTheDocument();
    expect(screen.getByText(/没有公开地址/)).toBeInTheDocument();
    expect(screen.getByText("简介正文。")).toBeInTheDocument();
  });

  it("is linked from the footer", async () => {
    const { user } = await renderApp({ lang: "en" });
    const footer = screen.getByRole("contentinfo");
    await user.click(within(footer).getByRole("link", { name: "About this curriculum" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "About this curriculum" }),
    ).toBeVisible();
    expect(document.title).toMatch(/^About · /);
  });
});
