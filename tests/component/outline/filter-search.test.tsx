import { screen } from "@testing-library/react";
import { renderApp } from "../render-app";

function shownIds(): string[] {
  return [...document.querySelectorAll("[data-topic-id]")].map(
    (el) => el.getAttribute("data-topic-id") ?? "",
  );
}

// Progress used by the filter table: algebra done; calculus, probability available;
// neural-nets, rnn, attention and the elective gan locked.
const done = ["algebra"];

describe("outline filter", () => {
  it.each([
    ["All", ["algebra", "calculus", "probability", "neural-nets", "gan", "rnn", "attention"]],
    ["Available", ["calculus", "probability"]],
    ["Done", ["algebra"]],
    ["Locked", ["neural-nets", "gan", "rnn", "attention"]],
    ["Electives", ["gan"]],
  ])("%s shows exactly its topics", async (option, expected) => {
    const { user } = await renderApp({ lang: "en", done });
    await user.click(screen.getByRole("radio", { name: option }));
    expect(shownIds()).toEqual(expected);
    expect(screen.getByText(`Showing ${expected.length} of 7 topics`)).toBeInTheDocument();
  });

  it("keeps a filtered list current when a tick changes states", async () => {
    const { user } = await renderApp({ lang: "en", done });
    await user.click(screen.getByRole("radio", { name: "Available" }));
    await user.click(screen.getByRole("checkbox", { name: "Calculus" }));
    expect(shownIds()).toEqual(["probability", "neural-nets"]);
  });

  it("hides sections with nothing to show", async () => {
    const { user } = await renderApp({ lang: "en", done });
    await user.click(screen.getByRole("radio", { name: "Electives" }));
    expect(screen.queryByRole("heading", { level: 2, name: "Basics" })).not.toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "Advanced" })).toBeInTheDocument();
  });
});

describe("outline search", () => {
  it.each([
    ["en", "neural", ["neural-nets"]],
    ["en", "NETWORKS", ["neural-nets", "gan", "rnn"]],
    // Titles in the other language match too.
    ["en", "神经网络", ["neural-nets", "rnn"]],
    ["zh", "attention", ["attention"]],
    // A title that exists only in Chinese is found from the English UI.
    ["en", "概率", ["probability"]],
    ["en", "  calculus ", ["calculus"]],
  ])("in %s, %j finds %j", async (lang, query, expected) => {
    const { user } = await renderApp({ lang, done });
    const label = lang === "zh" ? "搜索主题" : "Search topics";
    await user.type(screen.getByRole("searchbox", { name: label }), query);
    expect(shownIds()).toEqual(expected);
  });

  it("says so when nothing matches, and combines with the filter", async () => {
    const { user } = await renderApp({ lang: "en", done });
    const search = screen.getByRole("searchbox", { name: "Search topics" });
    await user.type(search, "quantum");
    expect(screen.getByText("No topics match.")).toBeInTheDocument();
    expect(shownIds()).toEqual([]);

    await user.clear(search);
    await user.type(search, "network");
    await user.click(screen.getByRole("radio", { name: "Electives" }));
    expect(shownIds()).toEqual(["gan"]);
  });
});
