import { configure, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { TopicBody } from "../../../src/curriculum/types";
import { renderBodyHtml } from "../../../src/render/body-html";
import { AppShell } from "../../../src/ui/app-shell";
import { openMenu } from "../open-menu";
import { createTestServices, renderApp } from "../render-app";

const markdown = [
  "## Why it matters",
  "",
  "The loss is $L = \\sum_i (y_i - \\hat y_i)^2$, and in display form:",
  "",
  "$$",
  "\\frac{\\partial L}{\\partial w} = 0",
  "$$",
  "",
  "| size | time |",
  "| ---- | ---- |",
  "| 10   | 2 s  |",
  "",
  "- [x] read the paper",
  "- [ ] write the code",
  "",
  "See [the paper](https://example.org/paper) or [the next topic](#/topic/attention).",
  "",
  '<script>window.injected = true</script><b class="raw">raw html</b>',
].join("\n");

// The first render of a file pays jsdom's cold start, and with the whole suite running in
// parallel on two cores that can take several seconds: allow for it rather than flake.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

const bodies: Record<string, TopicBody> = {
  rnn: {
    id: "rnn",
    lang: "en",
    // Rendered as the build renders it, so these tests cover what the page really receives.
    html: renderBodyHtml(markdown, "en"),
    resources: [
      {
        title: { en: "Sequence Models" },
        kind: "paper",
        url: "https://example.org/seq",
        authors: "A. Author, B. Author",
        year: 2014,
        where: { en: "Section 3" },
        free: true,
      },
      { title: { en: "A Printed Book" }, kind: "book", authors: "C. Writer", free: false },
    ],
  },
  // No English body: the loader returns the primary language instead.
  attention: {
    id: "attention",
    lang: "zh",
    html: renderBodyHtml("## 为什么\n\n注意力。", "zh"),
    resources: [],
  },
};

describe("topic page body", () => {
  it("shows the body rendered at build time: math as MathML, tables, task items and safe links", async () => {
    await renderApp({ route: "#/topic/rnn", lang: "en", bodies });
    const body = await screen.findByRole("region", { name: "Text" });
    expect(
      await within(body).findByRole("heading", { level: 2, name: "Why it matters" }),
    ).toBeInTheDocument();
    // Inline and display formulas are MathML (from KaTeX), not left as dollar signs.
    expect(body.querySelectorAll(".katex > math").length).toBeGreaterThanOrEqual(2);
    expect(body.querySelector('math[display="block"]')).not.toBeNull();
    expect(body).not.toHaveTextContent("$L =");

    expect(within(body).getByRole("table")).toHaveTextContent("size");
    // Task items are words, not unlabelled disabled checkboxes.
    expect(within(body).queryByRole("checkbox")).not.toBeInTheDocument();
    expect(body).toHaveTextContent("Done: read the paper");
    expect(body).toHaveTextContent("To do: write the code");

    const external = within(body).getByRole("link", { name: /the paper/ });
    expect(external).toHaveAttribute("target", "_blank");
    expect(external).toHaveAttribute("rel", "noopener noreferrer");
    const internal = within(body).getByRole("link", { name: "the next topic" });
    expect(internal).not.toHaveAttribute("target");

    // Raw HTML is not rendered.
    expect(body.querySelector("script")).toBeNull();
    expect(body.querySelector("b.raw")).toBeNull();
  });

  it("lists resources with kind, link, authors, year, where and free or paid", async () => {
    await renderApp({ route: "#/topic/rnn", lang: "en", bodies });
    const resources = await screen.findByRole("region", { name: "Resources" });
    const [paper, book] = within(resources).getAllByRole("listitem") as [HTMLElement, HTMLElement];
    expect(within(paper).getByText("Paper")).toBeInTheDocument();
    const link = within(paper).getByRole("link", { name: /Sequence Models/ });
    expect(link).toHaveAttribute("href", "https://example.org/seq");
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
    expect(paper).toHaveTextContent("A. Author, B. Author · 2014 · Section 3");
    expect(within(paper).getByText("free")).toBeInTheDocument();

    expect(within(book).getByText("Book")).toBeInTheDocument();
    expect(within(book).queryByRole("link")).not.toBeInTheDocument();
    expect(book).toHaveTextContent("A Printed Book");
    expect(within(book).getByText("paid")).toBeInTheDocument();
  });

  it("says a topic is not translated and marks the body's language", async () => {
    await renderApp({ route: "#/topic/attention", lang: "en", bodies });
    const body = await screen.findByRole("region", { name: "Text" });
    expect(
      await within(body).findByText(/has not been translated into English yet.*中文/),
    ).toBeInTheDocument();
    const heading = within(body).getByRole("heading", { level: 2, name: "为什么" });
    expect(heading.closest("[lang]")).toHaveAttribute("lang", "zh");
  });

  it("marks a title shown in the fallback language", async () => {
    await renderApp({ route: "#/topic/probability", lang: "en" });
    const title = await screen.findByRole("heading", { level: 1 });
    expect(within(title).getByText("概率论")).toHaveAttribute("lang", "zh");
  });

  it("shows the body in the reading language without a note when it exists", async () => {
    await renderApp({ route: "#/topic/rnn", lang: "en", bodies });
    await screen.findByRole("heading", { level: 2, name: "Why it matters" });
    expect(screen.queryByText(/not been translated/)).not.toBeInTheDocument();
  });

  it("shows an error with a retry when loading fails, then the body", async () => {
    window.location.hash = "#/topic/rnn";
    const { services } = createTestServices({ lang: "en", bodies });
    let calls = 0;
    const flaky = {
      ...services,
      loadTopicBody: async (id: string, lang: string) => {
        calls++;
        if (calls === 1) throw new Error("offline");
        return services.loadTopicBody(id, lang);
      },
    };
    render(<AppShell services={flaky} />);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("could not be loaded");
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(
      await screen.findByRole("heading", { level: 2, name: "Why it matters" }),
    ).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(calls).toBe(2);
  });

  it("waits for the body, then shows the whole page at once", async () => {
    window.location.hash = "#/topic/rnn";
    const { services } = createTestServices({ lang: "en" });
    let release: () => void = () => {};
    const slowServices = {
      ...services,
      loadTopicBody: (id: string, lang: string) =>
        new Promise<TopicBody | undefined>((resolve) => {
          release = () => resolve(services.loadTopicBody(id, lang));
        }),
    };
    render(<AppShell services={slowServices} />);
    // A calm placeholder, and no part of the page yet that the body would push down.
    const waiting = await screen.findByText("Loading the text…");
    expect(waiting.closest("[aria-busy]")).toHaveAttribute("aria-busy", "true");
    expect(screen.queryByRole("heading", { level: 1 })).not.toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Requires" })).not.toBeInTheDocument();

    release();
    const body = await screen.findByRole("region", { name: "Text" });
    expect(within(body).getByText("Body of rnn.")).toBeInTheDocument();
    expect(body).not.toHaveAttribute("aria-busy");
    expect(screen.getByRole("heading", { level: 1, name: "Recurrent networks" })).toBeVisible();
    expect(screen.getByRole("region", { name: "Requires" })).toBeInTheDocument();
    expect(screen.queryByText("Loading the text…")).not.toBeInTheDocument();
  });

  it("keeps the text on screen while another language's text loads", async () => {
    window.location.hash = "#/topic/rnn";
    const { services } = createTestServices({ lang: "en" });
    const waiting: (() => void)[] = [];
    const gated = {
      ...services,
      loadTopicBody: (id: string, lang: string) =>
        new Promise<TopicBody | undefined>((resolve) => {
          const text = lang === "zh" ? "中文正文。" : "English text.";
          const body = { id, lang, html: `<p>${text}</p>`, resources: [] };
          waiting.push(() => resolve(body));
        }),
    };
    const user = userEvent.setup();
    render(<AppShell services={gated} />);
    await vi.waitFor(() => expect(waiting).toHaveLength(1));
    waiting[0]?.();
    const body = await screen.findByRole("region", { name: "Text" });
    expect(await within(body).findByText("English text.")).toBeInTheDocument();

    await openMenu(user);
    await user.selectOptions(screen.getByRole("combobox", { name: "Language" }), "zh");
    await vi.waitFor(() => expect(waiting).toHaveLength(2));
    const busy = screen.getByRole("region", { name: "正文" });
    expect(busy).toHaveAttribute("aria-busy", "true");
    expect(busy).toHaveTextContent("English text.");
    waiting[1]?.();
    expect(await within(busy).findByText("中文正文。")).toBeInTheDocument();
    expect(busy).not.toHaveAttribute("aria-busy");
  });
});
