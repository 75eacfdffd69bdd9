import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CompiledCurriculum } from "../../../src/curriculum/types";
import { createGraph } from "../../../src/graph";
import { generateCurriculum, seededRandom } from "../../../src/graph/generate";
import type { GraphIndex } from "../../../src/graph/graph-index";
import { topologicalOrder } from "../../../src/graph/topo-order";

/**
 * Kahn's algorithm the slow, obvious way: each step scans every waiting topic for the ready one
 * read first. Whatever never gets ready (a cycle) follows in reading order.
 */
function naiveOrder(index: GraphIndex, include: Uint8Array): number[] {
  const { size, readingKey, groupStart, memberStart, members } = index;
  const key = (t: number) => readingKey[t] ?? 0;
  const requirements = Array.from({ length: size }, (_, t) => {
    const first = memberStart[groupStart[t] ?? 0] ?? 0;
    const end = memberStart[groupStart[t + 1] ?? 0] ?? 0;
    return [...members.subarray(first, end)].filter((m) => include[m] === 1);
  });
  const placed = new Set<number>();
  const order: number[] = [];
  for (;;) {
    let best = -1;
    for (let t = 0; t < size; t++) {
      if (include[t] !== 1 || placed.has(t)) continue;
      if (!requirements[t]?.every((m) => placed.has(m))) continue;
      if (best < 0 || key(t) < key(best)) best = t;
    }
    if (best < 0) break;
    placed.add(best);
    order.push(best);
  }
  const leftovers = [...Array(size).keys()].filter((t) => include[t] === 1 && !placed.has(t));
  return [...order, ...leftovers.sort((a, b) => key(a) - key(b))];
}

/**
 * A generated curriculum read in a shuffled order (random sections and positions), so that
 * reading order and requirement order disagree, with `backEdges` requirements on later topics
 * (each can close a cycle).
 */
function shuffledCurriculum(topics: number, seed: number, backEdges: number): CompiledCurriculum {
  const curriculum = generateCurriculum({ topics, seed, sectionSize: 7 });
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const sectionIds = curriculum.sections.map((s) => s.id);
  const shuffled = curriculum.topics.map((topic) => ({
    ...topic,
    section: pick(sectionIds) ?? topic.section,
    index: Math.floor(random() * topics),
    requires: topic.requires.map((group) => [...group]),
  }));
  for (let edge = 0; edge < backEdges; edge++) {
    const from = pick(shuffled);
    const to = pick(shuffled);
    if (from && to) from.requires.push([to.id]);
  }
  return { ...curriculum, topics: shuffled };
}

const indexOf = (curriculum: CompiledCurriculum) => createGraph(curriculum) as GraphIndex;

describe("topologicalOrder", () => {
  it("matches the naive sort on small curricula, subsets and cycles", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: 3 }),
        fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
        (topics, seed, backEdges, picks) => {
          const index = indexOf(shuffledCurriculum(topics, seed, backEdges));
          const all = new Uint8Array(index.size).fill(1);
          expect([...topologicalOrder(index, all)]).toEqual(naiveOrder(index, all));
          const subset = Uint8Array.from({ length: index.size }, (_, t) => (picks[t] ? 1 : 0));
          expect([...topologicalOrder(index, subset)]).toEqual(naiveOrder(index, subset));
        },
      ),
      { numRuns: 150 },
    );
  });

  // Past 1,024 reading positions the ready set spans several summary words.
  it.each([
    [2_500, 11, 0],
    [2_500, 12, 2],
    [3_100, 13, 0],
  ])(
    "matches the naive sort on %d shuffled topics (seed %d, %d back edges)",
    (topics, seed, backEdges) => {
      const index = indexOf(shuffledCurriculum(topics, seed, backEdges));
      const all = new Uint8Array(index.size).fill(1);
      expect([...topologicalOrder(index, all)]).toEqual(naiveOrder(index, all));
      const random = seededRandom(seed + 1);
      const subset = Uint8Array.from({ length: index.size }, () => (random() < 0.5 ? 1 : 0));
      expect([...topologicalOrder(index, subset)]).toEqual(naiveOrder(index, subset));
    },
  );
});
