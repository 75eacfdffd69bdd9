import { resolve } from "node:path";
import { formatProblem, loadCurriculumDir } from "../../../src/curriculum";
import type { CompiledTopic, CompileOutput, Resource } from "../../../src/curriculum/types";

/**
 * Checks that the default curriculum holds the source article: every item the article names is
 * a topic, the article's own reasoning shows up as requirements, extensions are marked as such,
 * and the books the article recommends are cited correctly (PRML by Bishop, not Jordan).
 */

const CURRICULUM_DIR = resolve(import.meta.dirname, "../../../curriculum");
const { output, problems } = loadCurriculumDir(CURRICULUM_DIR, { layout: false });

/** The compiled curriculum; fails the calling test with the validator's messages if there is none. */
function compiled(): CompileOutput {
  if (!output) {
    throw new Error(problems.map((p) => formatProblem(p, CURRICULUM_DIR)).join("\n"));
  }
  return output;
}

function topic(id: string): CompiledTopic {
  const found = compiled().curriculum.topics.find((t) => t.id === id);
  if (!found) throw new Error(`no topic '${id}' in the default curriculum`);
  return found;
}

function resourcesOf(id: string): readonly Resource[] {
  return compiled().details[id]?.resources ?? [];
}

function bodyOf(id: string, lang: string): string {
  return compiled().details[id]?.bodies[lang] ?? "";
}

/** Every topic that `id` needs, directly or transitively (anyOf groups count every member). */
function prerequisitesOf(id: string, { strict }: { strict: boolean }): Set<string> {
  const seen = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    for (const group of topic(current).requires) {
      // Strict: only plain requirements (single-member groups) are unavoidable.
      if (strict && group.length !== 1) continue;
      for (const member of group) {
        if (!seen.has(member)) {
          seen.add(member);
          stack.push(member);
        }
      }
    }
  }
  return seen;
}

type Source = "article" | "extension";

/** Each item the article names (in its own words where possible) and the topics that cover it. */
const ARTICLE_ITEMS: readonly (readonly [item: string, ids: readonly string[], source: Source])[] =
  [
    ["西瓜书 第2章 模型评估：训练和预测、过拟合、泛化", ["model-evaluation"], "article"],
    ["西瓜书 第4章 决策树", ["decision-trees"], "article"],
    ["西瓜书 第5章 神经网络", ["neural-networks"], "article"],
    ["推一推链式求导", ["chain-rule-backprop"], "article"],
    ["用 C++ 实现简单的神经网络", ["cpp-neural-network"], "article"],
    ["用 C++ 实现 gradient boosting tree", ["cpp-gradient-boosting"], "article"],
    ["gradient boosting tree", ["gradient-boosting"], "article"],
    ["何恺明的 residual connection", ["residual-connection"], "article"],
    ["训练深层网络的技巧：ReLU 等", ["relu"], "article"],
    ["Attention is All You Need", ["attention-is-all-you-need"], "article"],
    ["序列预测与 Recurrent Neural Network（RNN）", ["rnn-sequence-prediction"], "article"],
    ["feature interaction", ["feature-interaction"], "article"],
    ["单层神经网络无法解决异或问题", ["xor-problem"], "article"],
    ["单层神经网络分支预测器：分支历史之间的异或", ["perceptron-branch-predictor"], "article"],
    ["Deep & Cross Network（DCN）", ["feature-interaction"], "article"],
    ["explicit memory：soft addressable 的存储器", ["explicit-memory"], "article"],
    ["Neural Turing Machine", ["explicit-memory"], "article"],
    ["V 是只读存储器，由 Q、K 相乘后的 Softmax 寻址", ["explicit-memory", "softmax"], "article"],
    ["Q 与 K 的相乘是一种 feature interaction", ["feature-interaction"], "article"],
    ["遗漏的前置知识：Word2Vec", ["word2vec"], "article"],
    ["遗漏的前置知识：Softmax", ["softmax"], "article"],
    [
      "推理加速（原文此节为空）",
      [
        "roofline-model",
        "transformer-inference-workload",
        "multi-query-attention",
        "flash-attention",
        "paged-attention",
        "quantization",
        "speculative-decoding",
      ],
      "extension",
    ],
    [
      "基于 Attention 所构建的 LLM 宇宙",
      ["gpt-pretraining", "bert", "few-shot-gpt3", "scaling-laws", "instruction-tuning"],
      "extension",
    ],
    ["卷积神经网络（CNN）", ["cnn"], "extension"],
    ["强化学习（RL）", ["reinforcement-learning"], "extension"],
    ["生成对抗网络", ["gan"], "extension"],
  ];

const ARTICLE_TOPIC_IDS = new Set(
  ARTICLE_ITEMS.filter(([, , source]) => source === "article").flatMap(([, ids]) => ids),
);
const EXTENSION_SECTIONS = ["inference", "llm-universe", "beyond"];
const ELECTIVES = [
  "cnn",
  "reinforcement-learning",
  "gan",
  // The article's C++ projects deepen the path ("如果要加深这部分的认知"); see curriculum/README.md.
  "cpp-neural-network",
  "cpp-gradient-boosting",
];

describe("the default curriculum validates cleanly", () => {
  it("has no errors and no warnings (npm run validate's zero-warning goal)", () => {
    expect(problems.map((p) => `${p.severity}: ${formatProblem(p, CURRICULUM_DIR)}`)).toEqual([]);
    expect(output).toBeDefined();
  });

  it("aims at Attention Is All You Need", () => {
    expect(compiled().curriculum.goal).toBe("attention-is-all-you-need");
  });
});

describe("every item of the article is a topic", () => {
  it.each(ARTICLE_ITEMS)("%s → %j", (_item, ids, source) => {
    for (const id of ids) expect(topic(id).source).toBe(source);
  });

  it("marks as article only topics that the article names", () => {
    const claimed = compiled()
      .curriculum.topics.filter((t) => t.source === "article")
      .map((t) => t.id);
    expect(claimed.filter((id) => !ARTICLE_TOPIC_IDS.has(id))).toEqual([]);
  });

  it.each(EXTENSION_SECTIONS)("marks every topic in section %s as an extension", (section) => {
    const inSection = compiled().curriculum.topics.filter((t) => t.section === section);
    expect(inSection.length).toBeGreaterThan(0);
    for (const t of inSection)
      expect({ id: t.id, source: t.source }).toEqual({ id: t.id, source: "extension" });
  });
});

describe("the requirements follow the article's reasoning", () => {
  it.each([
    // The article lists what Attention builds on, plus the two prerequisites it calls missing.
    ["attention-is-all-you-need", "residual-connection"],
    ["attention-is-all-you-need", "rnn-sequence-prediction"],
    ["attention-is-all-you-need", "feature-interaction"],
    ["attention-is-all-you-need", "explicit-memory"],
    ["attention-is-all-you-need", "softmax"],
    ["attention-is-all-you-need", "word2vec"],
    // "学习决策树，是为了方便理解 gradient boosting tree".
    ["gradient-boosting", "decision-trees"],
    ["cpp-gradient-boosting", "gradient-boosting"],
    ["cpp-neural-network", "chain-rule-backprop"],
    ["chain-rule-backprop", "neural-networks"],
    // Model evaluation comes first: training, prediction, overfitting, generalisation.
    ["decision-trees", "model-evaluation"],
    ["neural-networks", "model-evaluation"],
    // The branch predictor and DCN both start from the single layer's XOR problem.
    ["perceptron-branch-predictor", "xor-problem"],
    ["feature-interaction", "xor-problem"],
    ["residual-connection", "relu"],
    // "因此我建议把二者放在一起学习", and gradient-boosting.md says to learn boosting first.
    ["residual-connection", "gradient-boosting"],
    // The article's bridge to feature interaction, for architecture readers.
    ["feature-interaction", "perceptron-branch-predictor"],
    // The Transformer cannot be read without it (a bridge, not an article item).
    ["attention-is-all-you-need", "layer-normalization"],
  ])("%s requires %s", (id, prerequisite) => {
    expect(prerequisitesOf(id, { strict: true })).toContain(prerequisite);
  });

  it("has gradient boosting point forward to residual connections (study them together)", () => {
    expect(topic("gradient-boosting").recommends).toContain("residual-connection");
  });

  it.each(ELECTIVES)("keeps %s optional", (id) => {
    expect(topic(id).optional).toBe(true);
  });

  it("lets no non-optional topic depend on an elective, even transitively", () => {
    const gated = compiled()
      .curriculum.topics.filter((t) => !t.optional)
      .flatMap((t) =>
        [...prerequisitesOf(t.id, { strict: false })]
          .filter((p) => ELECTIVES.includes(p))
          .map((p) => `${t.id} -> ${p}`),
      );
    expect(gated).toEqual([]);
  });
});

/** Every text of a field that may be one string or a map per language. */
function texts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value !== null && typeof value === "object") {
    return Object.values(value).filter((text): text is string => typeof text === "string");
  }
  return [];
}

/** The three books the article offers for its 机器学习基础, matched loosely by title and author. */
const BOOKS = {
  xigua: (r: Resource) =>
    texts(r.title).some((t) => t.includes("机器学习")) && (r.authors ?? "").includes("周志华"),
  lihang: (r: Resource) =>
    texts(r.title).some((t) => t.includes("统计学习方法")) && (r.authors ?? "").includes("李航"),
  prml: (r: Resource) => texts(r.title).includes("Pattern Recognition and Machine Learning"),
} as const;

describe("the foundations cite the article's books", () => {
  it.each([
    ["model-evaluation", "第2章", "第1章", "Ch. 1"],
    ["decision-trees", "第4章", "第5章", "14.4"],
    ["neural-networks", "第5章", "第2章", "Ch. 5"],
  ])("%s cites 西瓜书 %s, 李航 %s and PRML %s", (id, xigua, lihang, prml) => {
    const resources = resourcesOf(id);
    expect(texts(resources.find(BOOKS.xigua)?.where).join(" ")).toContain(xigua);
    expect(texts(resources.find(BOOKS.lihang)?.where).join(" ")).toContain(lihang);
    expect(texts(resources.find(BOOKS.prml)?.where).join(" ")).toContain(prml);
  });

  it("credits PRML to Christopher M. Bishop and never to Jordan, everywhere it is cited", () => {
    const citations = compiled()
      .curriculum.topics.flatMap((t) => resourcesOf(t.id))
      .filter(BOOKS.prml);
    expect(citations.length).toBeGreaterThanOrEqual(3);
    for (const citation of citations) {
      expect(citation.authors).toBe("Christopher M. Bishop");
      expect(citation.authors).not.toMatch(/jordan/i);
    }
  });

  it.each(["zh", "en"])(
    "corrects the article's PRML attribution politely in the %s body",
    (lang) => {
      const body = bodyOf("model-evaluation", lang);
      expect(body).toContain("Bishop");
      expect(body).toContain("Jordan");
    },
  );

  it.each(["zh", "en"])("makes that correction once, not in every topic (%s)", (lang) => {
    const correcting = compiled()
      .curriculum.topics.filter((t) => /Jordan/.test(bodyOf(t.id, lang)))
      .map((t) => t.id);
    expect(correcting).toEqual(["model-evaluation"]);
  });
});

describe("every topic reads well in both languages", () => {
  const ids = () => compiled().curriculum.topics.map((t) => t.id);

  it("has an English title, summary and body for every topic", () => {
    const incomplete = compiled()
      .curriculum.topics.filter(
        (t) => !t.title.en || !t.summary.en || !t.bodyLanguages.includes("en"),
      )
      .map((t) => t.id);
    expect(incomplete).toEqual([]);
  });

  it.each(["zh", "en"])("uses no task-list checkboxes in any %s body", (lang) => {
    expect(ids().filter((id) => /^\s*[-*] \[[ xX]\]/m.test(bodyOf(id, lang)))).toEqual([]);
  });

  it("gives every topic an hours estimate", () => {
    expect(
      compiled()
        .curriculum.topics.filter((t) => !(t.hours > 0))
        .map((t) => t.id),
    ).toEqual([]);
  });

  it.each([
    ["cpp-neural-network", "zh", /^## .*练习/m, /^## .*检验/m],
    ["cpp-neural-network", "en", /^## .*exercise/im, /^## .*how to check/im],
    ["cpp-gradient-boosting", "zh", /^## .*练习/m, /^## .*检验/m],
    ["cpp-gradient-boosting", "en", /^## .*exercise/im, /^## .*how to check/im],
  ])(
    "the C++ project %s (%s) states an exercise and how to check it",
    (id, lang, exercise, check) => {
      const body = bodyOf(id, lang);
      expect(body).toMatch(exercise);
      expect(body).toMatch(check);
    },
  );
});
