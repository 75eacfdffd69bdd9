import { withPrerender } from "../../../src/prerender/vite-plugin";

const html = `<!doctype html><html lang="zh"><head><title>x</title></head><body><div id="root"></div></body></html>`;

describe("withPrerender", () => {
  const out = withPrerender(html, {
    bootFile: "assets/boot-abc.js",
    config: { languages: ["zh", "en"], note: `a "quoted" <value>` },
    pages: [
      { lang: "zh", markup: '<div class="app">中文</div>' },
      { lang: "en", markup: '<div class="app">English</div>' },
    ],
  });
  const doc = new DOMParser().parseFromString(out, "text/html");

  it("loads the boot script from the head with its config intact", () => {
    const script = doc.head.querySelector("script");
    expect(script?.getAttribute("src")).toBe("./assets/boot-abc.js");
    expect(script?.hasAttribute("type")).toBe(false);
    expect(JSON.parse(script?.dataset.config ?? "")).toEqual({
      languages: ["zh", "en"],
      note: `a "quoted" <value>`,
    });
  });

  it("puts each language's page, hidden and inert, inside the root", () => {
    const pages = [...doc.querySelectorAll<HTMLElement>("#root > .prerender")];
    expect(pages.map((page) => page.dataset.lang)).toEqual(["zh", "en"]);
    expect(pages.every((page) => page.inert || page.hasAttribute("inert"))).toBe(true);
    expect(pages[1]?.textContent).toBe("English");
    const style = doc.head.querySelector("style")?.textContent ?? "";
    expect(style).toContain(".prerender{display:none}");
    expect(style).toContain('html[data-prerender="en"] .prerender[data-lang="en"]');
  });

  it("says in both languages that the app needs JavaScript", () => {
    expect(doc.querySelector("noscript")?.textContent).toContain("needs JavaScript");
  });

  it("adds only the boot script when no page was prerendered", () => {
    const bare = withPrerender(html, { bootFile: "assets/b.js", config: {}, pages: [] });
    expect(bare).not.toContain("<style>");
    expect(bare).toContain('<div id="root"></div>');
    expect(bare).toContain('src="./assets/b.js"');
  });
});
