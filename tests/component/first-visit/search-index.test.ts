import { buildSearchIndex, foldText, searchTopics } from "../../../src/ui/outline/search-index";
import { makeCurriculum } from "../../fixtures/curriculum-factory";

const curriculum = makeCurriculum({
  sections: [{ id: "main", title: { zh: "主线", en: "Main line" } }],
  topics: [
    {
      id: "tokens",
      title: { zh: "分词", en: "Tokenization" },
      summary: { zh: "把文本切成词元。", en: "Cutting text into tokens, as in Ｔｏｋｅｎ." },
      aliases: ["byte-pair"],
    },
    { id: "decoding", title: { zh: "解码", en: "Decoding" }, summary: "Tokens out, one by one." },
  ],
});

describe("search index", () => {
  it("folds case, accents and full-width forms", () => {
    expect(foldText("  Réseau ÉLAN ")).toBe("reseau elan");
    expect(foldText("Ｔｏｋｅｎ")).toBe("token");
    expect(foldText("注意力")).toBe("注意力");
  });

  it("reports the first field that matched, titles before summaries", () => {
    const index = buildSearchIndex({ curriculum });
    expect(searchTopics(index, "token")).toEqual(
      new Map([
        ["tokens", "title"],
        ["decoding", "summary"],
      ]),
    );
    expect(searchTopics(index, "byte pair")).toEqual(new Map([["tokens", "alias"]]));
    expect(searchTopics(index, "main line")).toEqual(
      new Map([
        ["tokens", "section"],
        ["decoding", "section"],
      ]),
    );
  });

  it("searches resources and notes only when given", () => {
    expect(searchTopics(buildSearchIndex({ curriculum }), "sennrich")?.size).toBe(0);
    const index = buildSearchIndex({
      curriculum,
      notes: { decoding: "Try beam search by hand" },
      resources: new Map([
        ["tokens", [{ title: { zh: "Sennrich 等的论文" }, kind: "paper" as const }]],
      ]),
    });
    expect(searchTopics(index, "SENNRICH")).toEqual(new Map([["tokens", "resource"]]));
    expect(searchTopics(index, "beam")).toEqual(new Map([["decoding", "note"]]));
  });

  it("narrows nothing for an empty query", () => {
    expect(searchTopics(buildSearchIndex({ curriculum }), "   ")).toBeUndefined();
  });
});
