import { act, screen, waitFor, within } from "@testing-library/react";
import type { TopicBody } from "../../../src/curriculum/types";
import { makeCurriculum } from "../../fixtures/curriculum-factory";
import { renderApp } from "../render-app";

// A curriculum whose topics can each be found only by one kind of text.
const curriculum = makeCurriculum({
  sections: [
    { id: "basics", title: { zh: "基础", en: "Basics" } },
    { id: "seq", title: { zh: "序列", en: "Sequence models" } },
  ],
  topics: [
    {
      id: "attention-paper",
      title: { zh: "注意力论文", en: "The attention paper" },
      section: "basics",
      summary: {
        zh: "提出 Transformer 的论文。",
        en: "The paper that introduced the Transformer.",
      },
      aliases: ["multi-head"],
    },
    {
      id: "embeddings",
      title: { zh: "词向量", en: "Word vectors" },
      section: "basics",
      summary: { zh: "把词变成向量。", en: "Words as vectors; the café of meanings." },
    },
    { id: "lstm", title: { zh: "长短期记忆", en: "Long short-term memory" }, section: "seq" },
  ],
});

const bodies: Record<string, TopicBody> = {
  lstm: {
    id: "lstm",
    lang: "zh",
    html: "",
    resources: [
      { title: { zh: "理解 LSTM 网络", en: "Understanding LSTM Networks" }, kind: "article" },
    ],
  },
};

const shownIds = () =>
  [...document.querySelectorAll("[data-topic-id]")].map((el) => el.getAttribute("data-topic-id"));

async function search(query: string, options: { lang?: string } = {}) {
  const result = await renderApp({ lang: options.lang ?? "en", curriculum, bodies });
  await result.user.type(
    screen.getByRole("searchbox", { name: options.lang === "zh" ? "搜索主题" : "Search topics" }),
    query,
  );
  return result;
}

const row = (id: string) => document.querySelector(`[data-topic-id="${id}"]`) as HTMLElement;

describe("outline search over every text", () => {
  it("finds a topic by a word only in its summary, and says so", async () => {
    await search("transformer");
    await waitFor(() => expect(shownIds()).toEqual(["attention-paper"]));
    expect(within(row("attention-paper")).getByText("Matched in summary")).toBeVisible();
  });

  it("finds a topic by a former id, with or without hyphens", async () => {
    await search("multi head");
    await waitFor(() => expect(shownIds()).toEqual(["attention-paper"]));
    expect(within(row("attention-paper")).getByText("Matched in alias")).toBeVisible();
  });

  it("ignores accents and case", async () => {
    await search("CAFE");
    await waitFor(() => expect(shownIds()).toEqual(["embeddings"]));
  });

  it("finds by a section title in another language", async () => {
    await search("序列");
    await waitFor(() => expect(shownIds()).toEqual(["lstm"]));
    expect(within(row("lstm")).getByText("Matched in section title")).toBeVisible();
  });

  it("finds by a resource title once the resources have loaded", async () => {
    await search("understanding lstm");
    await waitFor(() => expect(shownIds()).toEqual(["lstm"]));
    expect(within(row("lstm")).getByText("Matched in resource title")).toBeVisible();
  });

  it("finds by the learner's own note", async () => {
    const { user, services } = await renderApp({ lang: "en", curriculum, bodies });
    act(() => {
      services.progress.getState().setNote("embeddings", "Revisit the skip-gram derivation");
    });
    await user.type(screen.getByRole("searchbox", { name: "Search topics" }), "skip-gram");
    await waitFor(() => expect(shownIds()).toEqual(["embeddings"]));
    expect(within(row("embeddings")).getByText("Matched in your note")).toBeVisible();
  });

  it("says where it matched in Chinese too", async () => {
    await search("向量", { lang: "zh" });
    await waitFor(() => expect(shownIds()).toEqual(["embeddings"]));
    expect(within(row("embeddings")).getByText("匹配于标题")).toBeVisible();
  });
});
