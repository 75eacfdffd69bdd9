import type { CompiledCurriculum, CompiledTopic } from "../curriculum/types";
import { type RequirementArrays, topologicalOrder } from "./topo-order";

/** Index built once per curriculum; every engine function takes it. */
export interface Graph {
  readonly curriculum: CompiledCurriculum;
  /**
   * Every topic id in a topological order (requirements first); among topics ready at the same
   * time, section order then curriculum order decides.
   */
  readonly order: readonly string[];
  /** The topic with this id or former id (alias); undefined when unknown. */
  topic(id: string): CompiledTopic | undefined;
  /** Current id for an id or alias; undefined when unknown. */
  canonicalId(id: string): string | undefined;
}

/**
 * The engine's internal form of a curriculum: topics as integer positions (their place in
 * `curriculum.topics`), requirements as flat typed arrays. Ids only appear at the boundary.
 */
export class GraphIndex implements Graph, RequirementArrays {
  // Declared, not defined: the constructor assigns every field, and field definitions would
  // only repeat their names in the first-load bundle.
  declare readonly curriculum: CompiledCurriculum;
  declare readonly size: number;
  declare readonly ids: readonly string[];
  declare readonly topics: readonly CompiledTopic[];
  declare readonly hours: Float64Array;
  declare readonly optional: Uint8Array;
  /** Position of each topic's section in `curriculum.sections` (unknown sections last). */
  declare readonly sectionRank: Int32Array;
  /** Reading position: section order, then `topic.index`. Breaks ties in every ordering. */
  declare readonly readingKey: Int32Array;
  declare readonly topicAtReadingKey: Int32Array;
  declare readonly groupStart: Int32Array;
  declare readonly groupOwner: Int32Array;
  /** Position of each group within its owner's `requires`, to report unmet groups as written. */
  declare readonly groupSource: Int32Array;
  declare readonly memberStart: Int32Array;
  declare readonly members: Int32Array;
  declare readonly revStart: Int32Array;
  declare readonly revGroups: Int32Array;
  declare readonly orderIndices: Int32Array;
  /** Position of each topic in `orderIndices`. */
  declare readonly rank: Int32Array;
  declare readonly order: readonly string[];
  declare private readonly lookup: ReadonlyMap<string, number>;

  constructor(curriculum: CompiledCurriculum) {
    this.curriculum = curriculum;
    const { topics, lookup } = indexTopics(curriculum);
    const size = topics.length;
    this.size = size;
    this.topics = topics;
    this.ids = topics.map((t) => t.id);
    this.lookup = lookup;

    this.hours = new Float64Array(size);
    this.optional = new Uint8Array(size);
    this.sectionRank = new Int32Array(size);
    const sectionPosition = new Map((curriculum.sections ?? []).map((s, i) => [s.id, i]));
    topics.forEach((topic, i) => {
      const hours = topic.hours;
      this.hours[i] = typeof hours === "number" && Number.isFinite(hours) && hours > 0 ? hours : 0;
      this.optional[i] = topic.optional === true ? 1 : 0;
      this.sectionRank[i] = sectionPosition.get(topic.section) ?? sectionPosition.size;
    });
    // The flat arrays come from helpers that return them under their field names (typed as a
    // Pick of this class, so a misspelt name fails the type check).
    const groups = buildGroups(topics, lookup);
    Object.assign(
      this,
      readingOrder(topics, this.sectionRank),
      groups,
      buildReverse(size, groups.members, groups.memberStart),
    );

    this.orderIndices = topologicalOrder(this);
    this.rank = positionsIn(this.orderIndices);
    this.order = Array.from(this.orderIndices, (t) => this.ids[t] ?? "");
  }

  /** Integer position of an id or alias; -1 when unknown. */
  indexOf(id: string): number {
    return this.lookup.get(id) ?? -1;
  }

  topic(id: string): CompiledTopic | undefined {
    const i = this.lookup.get(id);
    return i === undefined ? undefined : this.topics[i];
  }

  canonicalId(id: string): string | undefined {
    const i = this.lookup.get(id);
    return i === undefined ? undefined : this.ids[i];
  }
}

const cache = new WeakMap<CompiledCurriculum, GraphIndex>();

/**
 * Builds the engine's index of a compiled curriculum in O(topics log topics + requirements).
 * Never throws on malformed data: duplicate ids keep the first topic, requirement entries that
 * name no topic are dropped (a group left with no known member is ignored rather than locking
 * its topic forever), and topics caught in a cycle are ordered last.
 */
export function createGraph(curriculum: CompiledCurriculum): Graph {
  let index = cache.get(curriculum);
  if (!index) {
    index = new GraphIndex(curriculum);
    cache.set(curriculum, index);
  }
  return index;
}

/** The internal index behind any `Graph` (building one if the object came from elsewhere). */
export function indexOf(graph: Graph): GraphIndex {
  if (graph instanceof GraphIndex) return graph;
  return createGraph(graph.curriculum) as GraphIndex;
}

/**
 * The topics kept (the first of each id; entries without a string id are dropped) and the
 * position of each by its id or any former id (a current id always wins over a former one).
 */
function indexTopics(curriculum: CompiledCurriculum) {
  const topics: CompiledTopic[] = [];
  const lookup = new Map<string, number>();
  for (const topic of curriculum.topics ?? []) {
    if (!topic || typeof topic.id !== "string" || lookup.has(topic.id)) continue;
    lookup.set(topic.id, topics.length);
    topics.push(topic);
  }
  const addAlias = (alias: unknown, target: number | undefined) => {
    if (typeof alias !== "string" || target === undefined || lookup.has(alias)) return;
    lookup.set(alias, target);
  };
  topics.forEach((topic, i) => {
    for (const alias of topic.aliases ?? []) addAlias(alias, i);
  });
  for (const [alias, target] of Object.entries(curriculum.aliases ?? {})) {
    addAlias(alias, typeof target === "string" ? lookup.get(target) : undefined);
  }
  return { topics, lookup };
}

/** Reading position of each topic (section order, then `topic.index`) and its inverse. */
function readingOrder(
  topics: readonly CompiledTopic[],
  sectionRank: Int32Array,
): Pick<GraphIndex, "readingKey" | "topicAtReadingKey"> {
  const position = (topic: CompiledTopic | undefined) => {
    const index = topic?.index;
    return typeof index === "number" && Number.isFinite(index) ? index : Number.MAX_SAFE_INTEGER;
  };
  const sorted = topics.map((_, i) => i);
  sorted.sort(
    (a, b) =>
      (sectionRank[a] ?? 0) - (sectionRank[b] ?? 0) ||
      position(topics[a]) - position(topics[b]) ||
      a - b,
  );
  const topicAtReadingKey = Int32Array.from(sorted);
  return { readingKey: positionsIn(topicAtReadingKey), topicAtReadingKey };
}

/** Where each topic stands in `sequence`, an ordering of all topics (its inverse). */
function positionsIn(sequence: Int32Array): Int32Array {
  const position = new Int32Array(sequence.length);
  sequence.forEach((t, place) => {
    position[t] = place;
  });
  return position;
}

function buildGroups(
  topics: readonly CompiledTopic[],
  lookup: ReadonlyMap<string, number>,
): Pick<GraphIndex, "groupStart" | "groupOwner" | "groupSource" | "memberStart" | "members"> {
  const groupStart = new Int32Array(topics.length + 1);
  const owners: number[] = [];
  const sources: number[] = [];
  const memberStarts: number[] = [0];
  const members: number[] = [];
  topics.forEach((topic, t) => {
    groupStart[t] = owners.length;
    const requires = Array.isArray(topic.requires) ? topic.requires : [];
    requires.forEach((group, source) => {
      const before = members.length;
      for (const id of Array.isArray(group) ? group : []) {
        const m = lookup.get(id);
        // An alias and its id may both be listed: keep one (groups are a few members long).
        if (m === undefined || members.includes(m, before)) continue;
        members.push(m);
      }
      if (members.length === before) return;
      owners.push(t);
      sources.push(source);
      memberStarts.push(members.length);
    });
  });
  groupStart[topics.length] = owners.length;
  return {
    groupStart,
    groupOwner: Int32Array.from(owners),
    groupSource: Int32Array.from(sources),
    memberStart: Int32Array.from(memberStarts),
    members: Int32Array.from(members),
  };
}

function buildReverse(
  size: number,
  members: Int32Array,
  memberStart: Int32Array,
): Pick<GraphIndex, "revStart" | "revGroups"> {
  const revStart = new Int32Array(size + 1);
  for (const m of members) revStart[m + 1] = (revStart[m + 1] ?? 0) + 1;
  for (let t = 0; t < size; t++) revStart[t + 1] = (revStart[t + 1] ?? 0) + (revStart[t] ?? 0);
  const fill = revStart.slice(0, size);
  const revGroups = new Int32Array(members.length);
  for (let g = 0; g + 1 < memberStart.length; g++) {
    for (let k = memberStart[g] ?? 0, end = memberStart[g + 1] ?? 0; k < end; k++) {
      const m = members[k] ?? 0;
      const at = fill[m] ?? 0;
      revGroups[at] = g;
      fill[m] = at + 1;
    }
  }
  return { revStart, revGroups };
}
