import { bodyWords } from "../../../src/render/body-words";
import { isExternalHref, renderBodyHtml } from "../../../src/render/body-html";

/** The rendered body as a DOM fragment, to query like a page would. */
function rendered(markdown: string, lang = "en"): HTMLElement {
  const container = document.createElement("div");
  container.innerHTML = renderBodyHtml(markdown, lang);
  return container;
}

describe("renderBodyHtml: Markdown to HTML at build time", () => {
  it("moves body headings under the page's title: # becomes h2, ## stays h2", () => {
    const body = rendered("# Overview\n\n## Details\n\n### Small print");
    expect(body.querySelector("h1")).toBeNull();
    expect([...body.querySelectorAll("h2")].map((h) => h.textContent)).toEqual([
      "Overview",
      "Details",
    ]);
    expect(body.querySelector("h3")?.textContent).toBe("Small print");
  });

  it.each([
    { href: "https://example.org/paper", external: true },
    { href: "http://example.org/", external: true },
    { href: "//example.org/cdn", external: true },
    { href: "mailto:someone@example.org", external: true },
    { href: "#/topic/softmax", external: false },
    { href: "notes.html", external: false },
  ])("a link to $href opens in a new tab: $external", ({ href, external }) => {
    const link = rendered(`Read [this](${href}).`).querySelector("a");
    expect(link?.getAttribute("href")).toBe(href);
    expect(isExternalHref(href)).toBe(external);
    if (external) {
      expect(link).toHaveAttribute("target", "_blank");
      expect(link).toHaveAttribute("rel", "noopener noreferrer");
      expect(link?.querySelector(".visually-hidden")?.textContent).toBe(
        " (external link, opens in a new tab)",
      );
    } else {
      expect(link).not.toHaveAttribute("target");
      expect(link?.textContent).toBe("this");
    }
  });

  it.each([
    { lang: "en", done: "Done: ", todo: "To do: ", wordsLang: null },
    { lang: "zh", done: "已完成：", todo: "未完成：", wordsLang: null },
    { lang: "zh-TW", done: "已完成：", todo: "未完成：", wordsLang: null },
    // No UI strings in French: English words, marked as English for screen readers.
    { lang: "fr", done: "Done: ", todo: "To do: ", wordsLang: "en" },
  ])("task items in a $lang body are text marks with words", ({ lang, done, todo, wordsLang }) => {
    const body = rendered("- [x] read the paper\n- [ ] write the code", lang);
    expect(body.querySelector("input")).toBeNull();
    const words = [...body.querySelectorAll(".task-mark .visually-hidden")];
    expect(words.map((word) => word.textContent)).toEqual([done, todo]);
    expect(words.map((word) => word.getAttribute("lang"))).toEqual([wordsLang, wordsLang]);
    expect([...body.querySelectorAll('.task-mark [aria-hidden="true"]')].length).toBe(2);
    expect(body.querySelectorAll("li")[0]).toHaveTextContent(`${done.trim()} read the paper`);
  });

  it("puts tables in a focusable scroll box", () => {
    const body = rendered("| size | time |\n| --- | --- |\n| 10 | 2 s |");
    const box = body.querySelector("table")?.parentElement;
    expect(box).toHaveClass("md-table");
    expect(box).toHaveAttribute("tabindex", "0");
    expect(body.querySelectorAll("td")).toHaveLength(2);
  });

  it("does not pass raw HTML through", () => {
    const body = rendered(
      'Text <script>window.injected = true</script><b class="raw">bold</b>\n\n<img src=x onerror="alert(1)">',
    );
    expect(body.querySelector("script")).toBeNull();
    expect(body.querySelector("b")).toBeNull();
    expect(body.querySelector("img")).toBeNull();
    expect(body.querySelector("[onerror]")).toBeNull();
  });

  it("renders inline and display math as MathML through KaTeX", () => {
    const body = rendered("The loss $L = \\sum_i x_i^2$ and\n\n$$\n\\frac{a}{b}\n$$");
    const formulas = body.querySelectorAll(".katex > math");
    expect(formulas).toHaveLength(2);
    expect(formulas[0]?.getAttribute("display")).toBeNull();
    expect(formulas[1]?.getAttribute("display")).toBe("block");
    expect(formulas[1]?.querySelector("mfrac")).not.toBeNull();
    // The TeX source stays with each formula, for copying and for screen readers that read it.
    expect(body.querySelector("math annotation")?.textContent).toBe("L = \\sum_i x_i^2");
    // MathML only: no visual HTML copy for the browser to style and lay out as well.
    expect(body.querySelector(".katex-html")).toBeNull();
    expect(body.textContent).not.toContain("$");
  });

  it("marks long inline formulas, and only those, to scroll on a narrow screen", () => {
    const long = "\\sum_{i=1}^{n} w_i x_i + b > 0";
    const body = rendered(`Short $x_i$, long $${long}$ and\n\n$$\n${long}\n$$`);
    const marked = [...body.querySelectorAll(".katex-long")];
    expect(marked).toHaveLength(1);
    expect(marked[0]?.querySelector("annotation")?.textContent).toBe(long);
    // The short inline formula and the display formula (which scrolls as a block) are not marked.
    expect(body.querySelectorAll(".katex")).toHaveLength(3);
  });

  it("shows a bad formula as red source text and keeps the rest", () => {
    let html = "";
    expect(() => {
      html = renderBodyHtml("Before $\\frac{1}{$ after, and $x^2$.", "en");
    }).not.toThrow();
    const body = document.createElement("div");
    body.innerHTML = html;
    const error = body.querySelector(".katex-error");
    expect(error?.textContent).toBe("\\frac{1}{");
    expect(error?.getAttribute("style")).toMatch(/color:\s*#cc0000/);
    expect(body.querySelectorAll(".katex")).toHaveLength(1);
    expect(body.textContent).toContain("after");
  });

  it("keeps footnotes and in-page anchors from leaving the page: the app routes by hash", () => {
    const html = renderBodyHtml(
      "Text[^1], [a jump](#intro) and [the plan](#/plan).\n\n[^1]: The note.",
      "en",
    );
    expect(html).not.toMatch(/href="#(?!\/)/);
    expect(html).toContain("<sup><span>1</span></sup>");
    expect(html).toContain("<span>a jump</span>");
    expect(html).toContain('<a href="#/plan">the plan</a>');
    expect(html).toContain("The note.");
  });

  it("shows a folder image through the resolver, and only alt text for one it does not know", () => {
    const html = renderBodyHtml(
      "![A cat](images/cat.png)\n\n![Far](https://example.org/a.png)",
      "en",
      (src) =>
        src === "images/cat.png" ? { src: "./assets/cat-1.png", width: 10, height: 20 } : undefined,
    );
    expect(html).toBe(
      '<p><img src="./assets/cat-1.png" alt="A cat" width="10" height="20" loading="lazy" decoding="async"/></p>\n<p><span class="missing-image">Far</span></p>',
    );
  });

  it("gives an empty string for an empty body", () => {
    expect(renderBodyHtml("", "en")).toBe("");
  });
});

describe("bodyWords", () => {
  it.each([
    { lang: "zh", externalLink: "（外部链接，在新标签页打开）", wordsLang: undefined },
    { lang: "en-GB", externalLink: " (external link, opens in a new tab)", wordsLang: undefined },
    { lang: "de", externalLink: " (external link, opens in a new tab)", wordsLang: "en" },
  ])("$lang bodies get $wordsLang words", ({ lang, externalLink, wordsLang }) => {
    const words = bodyWords(lang);
    expect(words.externalLink).toBe(externalLink);
    expect(words.lang).toBe(wordsLang);
  });
});
