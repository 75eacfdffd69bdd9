import { resolve } from "node:path";
import { formatProblem, loadCurriculumDir } from "../../../src/curriculum";
import { createGraph, planTo } from "../../../src/graph";

/**
 * The plan to the default goal is the article's own path (issue 19): every item the article puts
 * on the way to attention, plus the bridges the curriculum judges necessary, is a requirement of
 * the goal, so a learner who follows the plan reads all of them. Uses the real compiler and the
 * graph engine's plan, as the app does.
 */

const CURRICULUM_DIR = resolve(import.meta.dirname, "../../../curriculum");
const { output, problems } = loadCurriculumDir(CURRICULUM_DIR, { layout: false });

function curriculum() {
  if (!output) throw new Error(problems.map((p) => formatProblem(p, CURRICULUM_DIR)).join("\n"));
  return output.curriculum;
}

/** The article's items on the way to attention, in its order, with the topic for each. */
const ARTICLE_PATH: readonly (readonly [item: string, id: string])[] = [
  ["西瓜书 第2章 模型评估", "model-evaluation"],
  ["西瓜书 第4章 决策树（为了方便理解 gradient boosting tree）", "decision-trees"],
  ["西瓜书 第5章 神经网络", "neural-networks"],
  ["推一推链式求导", "chain-rule-backprop"],
  ["gradient boosting tree（与 residual connection 放在一起学）", "gradient-boosting"],
  ["何恺明的 residual connection", "residual-connection"],
  ["训练深层网络的技巧：ReLU", "relu"],
  ["序列预测与 RNN", "rnn-sequence-prediction"],
  ["单层神经网络无法解决异或问题", "xor-problem"],
  ["单层神经网络分支预测器", "perceptron-branch-predictor"],
  ["feature interaction（Deep & Cross Network）", "feature-interaction"],
  ["explicit memory（Neural Turing Machine）", "explicit-memory"],
  ["遗漏的前置知识：Softmax", "softmax"],
  ["遗漏的前置知识：Word2Vec", "word2vec"],
  ["Attention is All You Need", "attention-is-all-you-need"],
];

/** Bridges the article does not name but the goal cannot be read without. */
const BRIDGES = ["layer-normalization"];

/** The article's two C++ projects deepen the path; they are electives, off the plan. */
const ELECTIVE_PROJECTS = ["cpp-neural-network", "cpp-gradient-boosting"];

describe("the plan to the default goal, from nothing done", () => {
  const plan = () => planTo(createGraph(curriculum()), [], curriculum().goal);

  it("aims at Attention Is All You Need", () => {
    expect(curriculum().goal).toBe("attention-is-all-you-need");
    expect(plan().topics.at(-1)).toBe("attention-is-all-you-need");
  });

  it.each(ARTICLE_PATH)("contains the article's item %s (%s)", (_item, id) => {
    expect(plan().topics).toContain(id);
  });

  it.each(BRIDGES)("contains the bridge %s", (id) => {
    expect(plan().topics).toContain(id);
  });

  it("learns gradient boosting before residual connections, as the article advises", () => {
    const topics = plan().topics;
    expect(topics.indexOf("gradient-boosting")).toBeLessThan(topics.indexOf("residual-connection"));
    expect(topics.indexOf("decision-trees")).toBeLessThan(topics.indexOf("gradient-boosting"));
  });

  it("reaches feature interaction through the XOR limit and the branch predictor", () => {
    const topics = plan().topics;
    expect(topics.indexOf("xor-problem")).toBeLessThan(
      topics.indexOf("perceptron-branch-predictor"),
    );
    expect(topics.indexOf("perceptron-branch-predictor")).toBeLessThan(
      topics.indexOf("feature-interaction"),
    );
  });

  it.each(ELECTIVE_PROJECTS)("leaves the C++ project %s to the learner, as an elective", (id) => {
    expect(plan().topics).not.toContain(id);
    expect(curriculum().topics.find((t) => t.id === id)?.optional).toBe(true);
  });

  it("sums the hours of exactly its topics", () => {
    const hours = curriculum()
      .topics.filter((t) => plan().topics.includes(t.id))
      .reduce((sum, t) => sum + t.hours, 0);
    expect(plan().hours).toBe(hours);
  });
});
