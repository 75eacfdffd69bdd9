/**
 * Random compiled curricula for the benchmark and the property tests, built directly (not
 * through the compiler). Each topic requires only topics generated before it, so the result is
 * always acyclic and curriculum order is already a topological order. Never imported by the app.
 */
import type { CompiledCurriculum, CompiledTopic } from "../curriculum/types";
import { at } from "./invariant";

export interface GenerateOptions {
  readonly topics: number;
  /** Same seed, same curriculum. */
  readonly seed?: number;
  /** Average number of requirement items (ids or anyOf groups) per topic. Default 3. */
  readonly requiresPerTopic?: number;
  /** Share of requirement items that are anyOf groups of 2-3 members. Default 0.1. */
  readonly anyOfShare?: number;
  /** Share of optional topics (never required by a required topic). Default 0.05. */
  readonly optionalShare?: number;
  /** Share of topics carrying a former id. Default 0.02. */
  readonly aliasShare?: number;
  /** Topics per section. Default 20. */
  readonly sectionSize?: number;
  /** Most requirements point at one of this many preceding topics. Default 40. */
  readonly window?: number;
}

/** Mulberry32: a tiny seeded generator, uniform on [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}

/** Topic id for position i: kebab-case and sortable. */
export function generatedId(i: number): string {
  return `topic-${String(i).padStart(5, "0")}`;
}

/** A random acyclic curriculum; see `GenerateOptions` for the knobs and their defaults. */
export function generateCurriculum(options: GenerateOptions): CompiledCurriculum {
  const size = Math.max(0, Math.floor(options.topics));
  const random = seededRandom(options.seed ?? 1);
  const meanItems = options.requiresPerTopic ?? 3;
  const anyOfShare = options.anyOfShare ?? 0.1;
  const sectionSize = Math.max(1, options.sectionSize ?? 20);
  const window = Math.max(1, options.window ?? 40);
  const optional = Array.from({ length: size }, () => random() < (options.optionalShare ?? 0.05));

  // Mostly a recent topic, sometimes any earlier one, as real foundations are reused widely.
  const pickEarlier = (i: number): number =>
    random() < 0.7 ? i - 1 - Math.floor(random() * Math.min(i, window)) : Math.floor(random() * i);
  const drawMember = (i: number, used: Set<number>): number | undefined => {
    for (let attempt = 0; attempt < 8; attempt++) {
      const m = pickEarlier(i);
      if (used.has(m) || (optional[m] && !optional[i])) continue;
      used.add(m);
      return m;
    }
    return undefined;
  };

  const requires: string[][][] = [];
  for (let i = 0; i < size; i++) {
    const groups: string[][] = [];
    const isRoot = i === 0 || random() < 0.03;
    const items = isRoot ? 0 : 1 + Math.floor(random() * Math.max(1, 2 * meanItems - 1));
    const used = new Set<number>();
    for (let item = 0; item < items; item++) {
      const wanted = random() < anyOfShare ? 2 + Math.floor(random() * 2) : 1;
      const group: string[] = [];
      for (let k = 0; k < wanted; k++) {
        const m = drawMember(i, used);
        if (m !== undefined) group.push(generatedId(m));
      }
      if (group.length > 0) groups.push(group);
    }
    requires.push(groups);
  }

  const unlocks: string[][] = Array.from({ length: size }, () => []);
  requires.forEach((groups, i) => {
    for (const id of groups.flat())
      unlocks[Number(id.slice("topic-".length))]?.push(generatedId(i));
  });
  const topics: CompiledTopic[] = requires.map((groups, i) => {
    const id = generatedId(i);
    const hoursRoll = random();
    return {
      id,
      slot: i,
      index: i,
      title: { en: `Topic ${i}` },
      summary: { en: "" },
      bodyLanguages: ["en"],
      section: `section-${Math.floor(i / sectionSize)}`,
      requires: groups,
      recommends: [],
      unlocks: at(unlocks, i),
      hours: hoursRoll < 0.1 ? 0 : (1 + Math.floor(random() * 16)) / 2,
      optional: at(optional, i),
      source: "extension",
      aliases: random() < (options.aliasShare ?? 0.02) ? [`${id}-old`] : [],
    };
  });

  const sectionCount = Math.ceil(size / sectionSize);
  return {
    title: { en: `Generated curriculum of ${size} topics` },
    languages: ["en"],
    goal: deepestTopic(topics) ?? "",
    sections: Array.from({ length: sectionCount }, (_, s) => ({
      id: `section-${s}`,
      title: { en: `Section ${s}` },
    })),
    topics,
    order: topics.map((t) => t.id),
    aliases: Object.fromEntries(topics.flatMap((t) => t.aliases.map((a) => [a, t.id]))),
    slots: Object.fromEntries(topics.map((t) => [t.id, t.slot])),
    slotCount: size,
  };
}

/**
 * The topic at the end of the longest requirement chain (the first such in curriculum order).
 * Assumes every topic requires only topics listed before it, as generated ones do.
 */
export function deepestTopic(topics: readonly CompiledTopic[]): string | undefined {
  const depth = new Map<string, number>();
  let best: string | undefined;
  let bestDepth = -1;
  for (const topic of topics) {
    let d = 0;
    for (const id of topic.requires.flat()) d = Math.max(d, (depth.get(id) ?? 0) + 1);
    depth.set(topic.id, d);
    if (d > bestDepth) {
      bestDepth = d;
      best = topic.id;
    }
  }
  return best;
}
