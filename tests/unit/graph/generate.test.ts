import { describe, expect, it } from "vitest";
import { deepestTopic, generateCurriculum, seededRandom } from "../../../src/graph/generate";

describe("generateCurriculum", () => {
  const curriculum = generateCurriculum({ topics: 600, seed: 7 });
  const byId = new Map(curriculum.topics.map((t) => [t.id, t]));

  it("is reproducible from its seed and differs across seeds", () => {
    expect(generateCurriculum({ topics: 600, seed: 7 })).toEqual(curriculum);
    expect(generateCurriculum({ topics: 600, seed: 8 })).not.toEqual(curriculum);
  });

  it("has unique ids and requirements only on earlier topics (so no cycle)", () => {
    expect(byId.size).toBe(600);
    for (const topic of curriculum.topics) {
      for (const id of topic.requires.flat()) {
        expect(byId.get(id)?.index).toBeLessThan(topic.index);
      }
    }
  });

  it("never makes a required topic require an optional one", () => {
    for (const topic of curriculum.topics.filter((t) => !t.optional)) {
      for (const id of topic.requires.flat()) expect(byId.get(id)?.optional).toBe(false);
    }
  });

  it("has about 3 requirement items per topic, about 10% of them anyOf groups", () => {
    const groups = curriculum.topics.flatMap((t) => t.requires);
    const perTopic = groups.length / curriculum.topics.length;
    const anyOfShare = groups.filter((g) => g.length > 1).length / groups.length;
    expect(perTopic).toBeGreaterThan(2.5);
    expect(perTopic).toBeLessThan(3.2);
    expect(anyOfShare).toBeGreaterThan(0.06);
    expect(anyOfShare).toBeLessThan(0.14);
  });

  it("fills unlocks as the reverse of requires, and the alias map from topic aliases", () => {
    for (const topic of curriculum.topics) {
      for (const id of new Set(topic.requires.flat())) {
        expect(byId.get(id)?.unlocks).toContain(topic.id);
      }
      for (const alias of topic.aliases) expect(curriculum.aliases[alias]).toBe(topic.id);
    }
  });

  it("sets the goal to the end of the longest requirement chain", () => {
    expect(curriculum.goal).toBe(deepestTopic(curriculum.topics));
    expect(byId.get(curriculum.goal)?.requires.length).toBeGreaterThan(0);
  });
});

describe("seededRandom", () => {
  it("repeats for a seed and stays in [0, 1)", () => {
    const a = seededRandom(3);
    const b = seededRandom(3);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    for (const v of values) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    }
  });
});
