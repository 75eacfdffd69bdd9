import { act, screen } from "@testing-library/react";
import { createGraph } from "../../../src/graph";
import { href, parseHash, resolveRoute } from "../../../src/ui/router";
import { fixtureCurriculum, renderApp } from "../render-app";

describe("routes", () => {
  it.each([
    ["", { name: "outline" }],
    ["#/", { name: "outline" }],
    ["#/graph", { name: "graph" }],
    ["#/plan/", { name: "plan" }],
    ["#//plan//", { name: "plan" }],
    ["#/graph/more", { name: "not-found" }],
    ["#/topic/rnn", { name: "topic", id: "rnn" }],
    ["#/topic/%E4%B8%AD", { name: "topic", id: "中" }],
    ["#/topic/%E0%A4%A", { name: "topic", id: "%E0%A4%A" }],
    ["#/topic/a/b", { name: "topic", id: "a/b" }],
    ["#/share/AbC-_1", { name: "share", code: "AbC-_1" }],
    ["#/share/", { name: "share", code: "" }],
    ["#/share/<script>", { name: "share", code: "<script>" }],
    ["#/topic/", { name: "not-found" }],
    ["#/elsewhere", { name: "not-found" }],
  ])("parses %j", async (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
  });

  it.each([
    ["nn", { name: "topic", id: "neural-nets" }],
    ["neural-nets", { name: "topic", id: "neural-nets" }],
    ["missing", { name: "not-found", id: "missing" }],
  ])("resolves topic id %s through the graph", async (id, route) => {
    const graph = createGraph(fixtureCurriculum);
    expect(resolveRoute({ name: "topic", id }, graph)).toEqual(route);
  });

  it.each([
    [{ name: "outline" as const }, "#/"],
    [{ name: "graph" as const }, "#/graph"],
    [{ name: "plan" as const }, "#/plan"],
    [{ name: "not-found" as const, id: "gone" }, "#/"],
    [{ name: "topic" as const, id: "a b" }, "#/topic/a%20b"],
    [{ name: "share" as const, code: "x_1" }, "#/share/x_1"],
  ])("builds links (%j -> %s)", async (route, link) => {
    expect(href(route)).toBe(link);
  });
});

describe("navigation", () => {
  it("marks the current page in the main navigation and follows hash changes", async () => {
    await renderApp({ lang: "en" });
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(nav.querySelector('[aria-current="page"]')).toHaveTextContent("Outline");

    await act(async () => {
      window.location.hash = "#/plan";
      window.dispatchEvent(new HashChangeEvent("hashchange"));
    });
    expect(screen.getByRole("link", { name: "Plan" })).toHaveAttribute("aria-current", "page");
    expect(screen.getByRole("link", { name: "Outline" })).not.toHaveAttribute("aria-current");
  });

  it("moves focus to the new page after navigating, not on the first load", async () => {
    await renderApp({ lang: "en" });
    const main = screen.getByRole("main");
    expect(main).not.toHaveFocus();
    await act(async () => {
      window.location.hash = "#/plan";
      window.dispatchEvent(new HashChangeEvent("hashchange"));
    });
    expect(main).toHaveFocus();
  });

  it("shows a friendly page for an unknown topic, with a way back", async () => {
    await renderApp({ lang: "en", route: "#/topic/no-such-topic" });
    // A view loaded on demand, like the other pages but the outline.
    expect(
      await screen.findByRole("heading", { level: 1, name: "Page not found" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/no topic with the id “no-such-topic”/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Back to the outline" })).toHaveAttribute("href", "#/");
  });

  it("has a skip link that moves focus to the main content", async () => {
    const { user } = await renderApp({ lang: "en" });
    await user.tab();
    const skip = screen.getByRole("link", { name: "Skip to content" });
    expect(skip).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("main")).toHaveFocus();
    expect(window.location.hash).toBe("#/");
  });

  it("has the landmarks a screen reader user expects", async () => {
    await renderApp({ lang: "en" });
    expect(screen.getByRole("banner")).toBeInTheDocument();
    expect(screen.getByRole("main")).toBeInTheDocument();
    expect(screen.getByRole("contentinfo")).toBeInTheDocument();
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
  });
});
