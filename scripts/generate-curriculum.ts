/**
 * `tsx scripts/generate-curriculum.ts N OUTDIR [--seed S] [--force]`
 *
 * Writes a valid random curriculum folder of N topics for scale checks and large-graph tests: a
 * layered DAG (each topic requires about 3 topics of the few layers before it, ~10% of the items anyOf
 * groups), a few sections, some optional leaves, recommends, aliases and resources, Chinese
 * titles with English translations. Same N and seed, same files.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

interface Topic {
  id: string;
  layer: number;
  section: string;
  requires: (string | string[])[];
  recommends: string[];
  optional: boolean;
  aliases: string[];
  hours: number;
}

const WORDS = ["图", "树", "网络", "梯度", "记忆", "注意力", "序列", "向量", "概率", "优化"];
const WORDS_EN = [
  "graphs",
  "trees",
  "networks",
  "gradients",
  "memory",
  "attention",
  "sequences",
  "vectors",
  "probability",
  "optimisation",
];

/** Mulberry32: small, fast and seedable. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}

/** Builds the topics of a random layered DAG. Exported shape is plain data, easy to write out. */
export function generateTopics(
  count: number,
  seed: number,
): { topics: Topic[]; sections: string[] } {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const layers = Math.max(2, Math.round(Math.sqrt(count)));
  const sectionCount = Math.min(8, Math.max(3, Math.ceil(count / 200)));
  const sections = Array.from({ length: sectionCount }, (_, i) => `section-${i + 1}`);
  const width = String(count).length;
  const topics: Topic[] = [];
  const byLayer: string[][] = Array.from({ length: layers }, () => []);
  for (let i = 0; i < count; i++) {
    const layer = Math.min(layers - 1, Math.floor((i * layers) / count));
    const id = `topic-${String(i + 1).padStart(width, "0")}`;
    const earlier = (): string => {
      // Mostly the layer just before, sometimes a few layers back: edges stay short, as in a
      // real curriculum, which keeps the layout's dummy nodes (one per layer crossed) in check.
      const roll = random();
      const reach = roll < 0.7 ? 1 : roll < 0.9 ? 2 : 3 + Math.floor(random() * 3);
      return pick(byLayer[Math.max(0, layer - reach)] as string[]);
    };
    const requires: (string | string[])[] = [];
    if (layer > 0) {
      const items = 1 + Math.floor(random() * 5); // 1..5, mean 3
      const used = new Set<string>();
      for (let k = 0; k < items; k++) {
        const size = random() < 0.1 ? 2 + Math.floor(random() * 2) : 1;
        const members = [...new Set(Array.from({ length: size }, earlier))].filter(
          (m) => !used.has(m),
        );
        for (const member of members) used.add(member);
        if (members.length === 1) requires.push(members[0] as string);
        else if (members.length > 1) requires.push(members);
      }
    }
    const section = sections[
      Math.min(sectionCount - 1, Math.floor((layer * sectionCount) / layers))
    ] as string;
    const aliases = random() < 0.02 ? [`old-${id}`] : [];
    topics.push({
      id,
      layer,
      section,
      requires,
      recommends: [],
      optional: false,
      aliases,
      hours: 1 + Math.floor(random() * 12),
    });
    byLayer[layer]?.push(id);
  }
  const required = new Set(topics.flatMap((topic) => topic.requires.flat()));
  for (const topic of topics) {
    // Leaves may become electives: nothing requires them, so no non-optional topic can.
    if (!required.has(topic.id) && random() < 0.3) topic.optional = true;
    if (random() < 0.2 && topics.length > 1) {
      const other = pick(topics).id;
      if (other !== topic.id) topic.recommends.push(other);
    }
  }
  return { topics, sections };
}

function topicFile(topic: Topic, index: number): string {
  const word = WORDS[index % WORDS.length];
  const lines = [
    "---",
    `id: ${topic.id}`,
    `title: 主题 ${index + 1}：${word}`,
    `section: ${topic.section}`,
    `summary: 第 ${index + 1} 个生成的主题。`,
  ];
  if (topic.requires.length > 0) {
    lines.push("requires:");
    for (const item of topic.requires) {
      lines.push(typeof item === "string" ? `  - ${item}` : `  - anyOf: [${item.join(", ")}]`);
    }
  }
  if (topic.recommends.length > 0) lines.push(`recommends: [${topic.recommends.join(", ")}]`);
  lines.push(`hours: ${topic.hours}`);
  if (topic.optional) lines.push("optional: true");
  lines.push(`source: ${index % 3 === 0 ? "extension" : "article"}`);
  if (topic.aliases.length > 0) lines.push(`aliases: [${topic.aliases.join(", ")}]`);
  lines.push(
    "resources:",
    `  - title: Reading ${index + 1}`,
    "    kind: article",
    `    url: https://example.org/readings/${topic.id}`,
    "    year: 2020",
    "---",
    "",
    `## 为什么学`,
    "",
    `这是第 ${index + 1} 个生成的主题，用于规模测试。`,
    "",
  );
  return lines.join("\n");
}

function translationFile(index: number): string {
  const word = WORDS_EN[index % WORDS_EN.length];
  return [
    "---",
    `title: "Topic ${index + 1}: ${word}"`,
    `summary: Generated topic number ${index + 1}.`,
    "---",
    "",
    "## Why it matters",
    "",
    `Generated topic ${index + 1}, for scale checks.`,
    "",
  ].join("\n");
}

function configFile(sections: readonly string[], goal: string): string {
  const lines = [
    "title:",
    "  zh: 生成的课程",
    "  en: Generated curriculum",
    "languages: [zh, en]",
    `goal: ${goal}`,
    "sections:",
  ];
  sections.forEach((id, i) => {
    lines.push(
      `  - id: ${id}`,
      "    title:",
      `      zh: 第 ${i + 1} 部分`,
      `      en: Part ${i + 1}`,
    );
  });
  return `${lines.join("\n")}\n`;
}

function main(args: readonly string[]): number {
  const flags = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--seed") flags.set("seed", args[++i] ?? "");
    else if (arg === "--force") flags.set("force", "1");
    else positional.push(arg);
  }
  const count = Number(positional[0]);
  const seed = Number(flags.get("seed") ?? "1");
  if (positional.length !== 2 || !Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    console.error("usage: tsx scripts/generate-curriculum.ts N OUTDIR [--seed S] [--force]");
    return 2;
  }
  const out = resolve(process.env.INIT_CWD ?? process.cwd(), positional[1] as string);
  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!flags.has("force")) {
      console.error(`${out} is not empty; pass --force to replace its curriculum`);
      return 2;
    }
    for (const part of ["topics", "slots.json", "curriculum.yaml"])
      rmSync(join(out, part), { recursive: true, force: true });
  }
  mkdirSync(join(out, "topics"), { recursive: true });
  const { topics, sections } = generateTopics(count, seed);
  const goal = [...topics].reverse().find((topic) => !topic.optional) ?? topics[topics.length - 1];
  writeFileSync(join(out, "curriculum.yaml"), configFile(sections, goal?.id ?? ""));
  topics.forEach((topic, index) => {
    writeFileSync(join(out, "topics", `${topic.id}.md`), topicFile(topic, index));
    writeFileSync(join(out, "topics", `${topic.id}.en.md`), translationFile(index));
  });
  const items = topics.reduce((sum, topic) => sum + topic.requires.length, 0);
  console.log(`${out}: ${count} topics, ${items} requirement items, ${sections.length} sections`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
