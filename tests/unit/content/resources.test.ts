import { resolve } from "node:path";
import { formatProblem, loadCurriculumDir } from "../../../src/curriculum";
import { RESOURCE_KINDS, type Resource } from "../../../src/curriculum/types";

/**
 * Checks the citations of the default curriculum against the checked bibliography
 * (shared references.md). The tables below are typed in from that file by hand, so a typo in
 * either the table or a topic makes a test fail.
 */

const CURRICULUM_DIR = resolve(import.meta.dirname, "../../../curriculum");

interface Reference {
  readonly title: string;
  readonly year: number;
}

/** Every arXiv id references.md gives, with the title and the (venue) year it gives. */
const ARXIV_REFERENCES: Readonly<Record<string, Reference>> = {
  "1512.03385": { title: "Deep Residual Learning for Image Recognition", year: 2016 },
  "1603.05027": { title: "Identity Mappings in Deep Residual Networks", year: 2016 },
  "1603.02754": { title: "XGBoost: A Scalable Tree Boosting System", year: 2016 },
  "1706.04964": {
    title: "Learning Deep ResNet Blocks Sequentially using Boosting Theory",
    year: 2018,
  },
  "1605.06431": {
    title: "Residual Networks Behave Like Ensembles of Relatively Shallow Networks",
    year: 2016,
  },
  "1409.3215": { title: "Sequence to Sequence Learning with Neural Networks", year: 2014 },
  "1409.0473": {
    title: "Neural Machine Translation by Jointly Learning to Align and Translate",
    year: 2015,
  },
  "1410.5401": { title: "Neural Turing Machines", year: 2014 },
  "1410.3916": { title: "Memory Networks", year: 2015 },
  "1708.05123": { title: "Deep & Cross Network for Ad Click Predictions", year: 2017 },
  "2008.13535": {
    title:
      "DCN V2: Improved Deep & Cross Network and Practical Lessons for Web-scale Learning to Rank Systems",
    year: 2021,
  },
  "1606.07792": { title: "Wide & Deep Learning for Recommender Systems", year: 2016 },
  "1706.03762": { title: "Attention Is All You Need", year: 2017 },
  "1301.3781": {
    title: "Efficient Estimation of Word Representations in Vector Space",
    year: 2013,
  },
  "1310.4546": {
    title: "Distributed Representations of Words and Phrases and their Compositionality",
    year: 2013,
  },
  "1607.06450": { title: "Layer Normalization", year: 2016 },
  "2211.05102": { title: "Efficiently Scaling Transformer Inference", year: 2023 },
  "1911.02150": { title: "Fast Transformer Decoding: One Write-Head is All You Need", year: 2019 },
  "2305.13245": {
    title: "GQA: Training Generalized Multi-Query Transformer Models from Multi-Head Checkpoints",
    year: 2023,
  },
  "2205.14135": {
    title: "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness",
    year: 2022,
  },
  "2309.06180": {
    title: "Efficient Memory Management for Large Language Model Serving with PagedAttention",
    year: 2023,
  },
  "2211.17192": { title: "Fast Inference from Transformers via Speculative Decoding", year: 2023 },
  "2208.07339": {
    title: "LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale",
    year: 2022,
  },
  "2210.17323": {
    title: "GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers",
    year: 2023,
  },
  "1810.04805": {
    title: "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
    year: 2019,
  },
  "2005.14165": { title: "Language Models are Few-Shot Learners", year: 2020 },
  "2001.08361": { title: "Scaling Laws for Neural Language Models", year: 2020 },
  "2203.15556": { title: "Training Compute-Optimal Large Language Models", year: 2022 },
  "2203.02155": {
    title: "Training language models to follow instructions with human feedback",
    year: 2022,
  },
  "1406.2661": { title: "Generative Adversarial Nets", year: 2014 },
};

/** Papers references.md lists without an arXiv id: title -> year. */
const OTHER_PAPERS: Readonly<Record<string, number>> = {
  "Rectified Linear Units Improve Restricted Boltzmann Machines": 2010,
  "Deep Sparse Rectifier Neural Networks": 2011,
  "Learning representations by back-propagating errors": 1986,
  "Greedy Function Approximation: A Gradient Boosting Machine": 2001,
  "Finding Structure in Time": 1990,
  "Long Short-Term Memory": 1997,
  "The Perceptron: A Probabilistic Model for Information Storage and Organization in the Brain": 1958,
  "Dynamic Branch Prediction with Perceptrons": 2001,
  "Factorization Machines": 2010,
  "Roofline: An Insightful Visual Performance Model for Multicore Architectures": 2009,
  "Improving Language Understanding by Generative Pre-Training": 2018,
  "Gradient-Based Learning Applied to Document Recognition": 1998,
  "ImageNet Classification with Deep Convolutional Neural Networks": 2012,
  "Human-level control through deep reinforcement learning": 2015,
  "Mastering the game of Go with deep neural networks and tree search": 2016,
};

/** The non-arXiv links references.md gives; no other link may be invented. */
const LINKS_FROM_REFERENCES = new Set([
  "https://www.deeplearningbook.org",
  "https://d2l.ai",
  "https://zh.d2l.ai",
  "https://nlp.seas.harvard.edu/annotated-transformer/",
  "https://jalammar.github.io/illustrated-transformer/",
  "http://incompleteideas.net/book/the-book-2nd.html",
  "https://github.com/karpathy/micrograd",
  "https://karpathy.ai/zero-to-hero.html",
]);

/** references.md allows "the publisher's DOI page" for papers without an arXiv id. */
const DOI_LINK = /^https:\/\/doi\.org\/10\.\d{4,9}\/\S+$/;

const ARXIV_ABS = /^https:\/\/arxiv\.org\/abs\/(\d{2})(\d{2})\.(\d{4,5})$/;

/**
 * The arXiv id of a well-formed abstract link (https, no version suffix, new-style id with a
 * real year and month), else undefined. New-style ids start at 0704; from 1501 on they have
 * five digits after the dot, before that four.
 */
function arxivIdOf(url: string, now = new Date()): string | undefined {
  const match = ARXIV_ABS.exec(url);
  if (!match) return undefined;
  const [, yy = "", mm = "", serial = ""] = match;
  const yymm = Number(yy + mm);
  const month = Number(mm);
  const latest = (now.getUTCFullYear() % 100) * 100 + now.getUTCMonth() + 1;
  if (month < 1 || month > 12 || yymm < 704 || yymm > latest) return undefined;
  if (serial.length !== (yymm >= 1501 ? 5 : 4)) return undefined;
  return `${yy}${mm}.${serial}`;
}

interface CitedResource {
  readonly topic: string;
  readonly resource: Resource;
}

/** Compiled through the same code as `npm run validate` and the build. */
const loaded = loadCurriculumDir(CURRICULUM_DIR, { layout: false });

/** Every resource of every topic, in curriculum order. */
function resourcesOf(result: typeof loaded): CitedResource[] {
  const output = result.output;
  if (!output) return [];
  return output.curriculum.topics.flatMap((topic) =>
    (output.details[topic.id]?.resources ?? []).map((resource) => ({ topic: topic.id, resource })),
  );
}

const cited = resourcesOf(loaded);
const named = cited.map((entry) => [`${entry.topic}: ${entry.resource.title}`, entry] as const);
const withUrl = named.filter(([, entry]) => entry.resource.url !== undefined);
const onArxiv = withUrl.filter(([, entry]) => entry.resource.url?.includes("arxiv.org"));
const papers = named.filter(([, entry]) => entry.resource.kind === "paper");
const currentYear = new Date().getUTCFullYear();

describe("the arXiv link checker", () => {
  const may2024 = new Date(Date.UTC(2024, 4, 15));

  it.each([
    ["https://arxiv.org/abs/1706.03762", "1706.03762"],
    ["https://arxiv.org/abs/1409.0473", "1409.0473"],
    ["https://arxiv.org/abs/0704.0001", "0704.0001"],
    ["https://arxiv.org/abs/2405.12345", "2405.12345"],
  ])("accepts %s", (url, id) => {
    expect(arxivIdOf(url, may2024)).toBe(id);
  });

  it.each([
    ["http://arxiv.org/abs/1706.03762", "plain http"],
    ["https://arxiv.org/pdf/1706.03762", "a PDF link"],
    ["https://arxiv.org/abs/1706.03762v5", "a version suffix"],
    ["https://arxiv.org/abs/1713.03762", "month 13"],
    ["https://arxiv.org/abs/1700.03762", "month 00"],
    ["https://arxiv.org/abs/0612.1234", "a year before new-style ids"],
    ["https://arxiv.org/abs/2406.12345", "a month still to come"],
    ["https://arxiv.org/abs/1409.04730", "five digits before 2015"],
    ["https://arxiv.org/abs/1706.0376", "four digits from 2015 on"],
  ])("rejects %s (%s)", (url) => {
    expect(arxivIdOf(url, may2024)).toBeUndefined();
  });

  it.each(Object.keys(ARXIV_REFERENCES))("the reference table's id %s is well-formed", (id) => {
    expect(arxivIdOf(`https://arxiv.org/abs/${id}`)).toBe(id);
  });
});

describe("resources of the default curriculum", () => {
  it("compiles without errors", () => {
    const errors = loaded.problems.filter((problem) => problem.severity === "error");
    expect(errors.map((problem) => formatProblem(problem, CURRICULUM_DIR))).toEqual([]);
    expect(loaded.output).toBeDefined();
  });

  it("finds resources in the curriculum, arXiv papers among them", () => {
    expect(cited.length).toBeGreaterThan(40);
    expect(onArxiv.length).toBeGreaterThan(20);
  });

  it.each(named)("%s has a title and a known kind", (_, { resource }) => {
    expect(resource.title.trim()).not.toBe("");
    expect(RESOURCE_KINDS).toContain(resource.kind);
  });

  it.each(papers)("%s (a paper) names its authors and a plausible year", (_, { resource }) => {
    expect(resource.authors?.trim() ?? "").not.toBe("");
    expect(Number.isInteger(resource.year)).toBe(true);
    expect(resource.year).toBeGreaterThanOrEqual(1900);
    expect(resource.year).toBeLessThanOrEqual(currentYear);
  });

  it.each(onArxiv)("%s links a well-formed arXiv abstract", (_, { resource }) => {
    expect(arxivIdOf(resource.url ?? "")).toBeDefined();
  });

  it.each(onArxiv)(
    "%s matches references.md (title, year) and is marked free",
    (_, { resource }) => {
      const id = arxivIdOf(resource.url ?? "") ?? "";
      const reference = ARXIV_REFERENCES[id];
      expect(reference, `arXiv ${id} is not in references.md`).toBeDefined();
      expect(resource.title).toBe(reference?.title);
      expect(resource.year).toBe(reference?.year);
      expect(resource.free).toBe(true);
    },
  );

  it("never gives one arXiv id two different titles", () => {
    const titlesById = new Map<string, Set<string>>();
    for (const [, { resource }] of onArxiv) {
      const id = arxivIdOf(resource.url ?? "") ?? resource.url ?? "";
      titlesById.set(id, (titlesById.get(id) ?? new Set()).add(resource.title));
    }
    const conflicting = [...titlesById].filter(([, titles]) => titles.size > 1);
    expect(conflicting).toEqual([]);
  });

  it.each(withUrl.filter(([, entry]) => !entry.resource.url?.includes("arxiv.org")))(
    "%s links only a page references.md gives (or a DOI page)",
    (_, { resource }) => {
      const url = resource.url ?? "";
      expect(LINKS_FROM_REFERENCES.has(url) || DOI_LINK.test(url)).toBe(true);
    },
  );

  it.each(papers.filter(([, entry]) => !entry.resource.url?.includes("arxiv.org")))(
    "%s (a paper not on arXiv) is a work references.md lists, with its year",
    (_, { resource }) => {
      expect(OTHER_PAPERS[resource.title]).toBe(resource.year);
    },
  );
});
