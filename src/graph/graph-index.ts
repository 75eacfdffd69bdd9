import type { CompiledCurriculum, CompiledTopic } from "../curriculum/types";
import { at, intAt } from "./invariant";

/** Index built once per curriculum; every engine function takes it. */
export interface Graph {
  readonly curriculum: CompiledCurriculum;
  /** Every topic id in the compiler's topological order (requirements first). */
  readonly order: readonly string[];
  /** The topic with this id or former id (alias); undefined when unknown. */
  topic(id: string): CompiledTopic | undefined;
  /** Current id for an id or alias; undefined when unknown. */
  canonicalId(id: string): string | undefined;
}

/**
 * The engine's internal form of a curriculum: topics as integer positions (their place in
 * `curriculum.topics`), requirements as flat typed arrays, so the walks over thousands of
 * topics touch no strings. Ids only appear at the boundary.
 *
 * Requirements: the groups of topic t are groupStart[t] .. groupStart[t+1]-1; the members of
 * group g are members[memberStart[g] .. memberStart[g+1]-1]; the groups naming topic t are
 * revGroups[revStart[t] .. revStart[t+1]-1].
 */
export class GraphIndex implements Graph {
  readonly curriculum: CompiledCurriculum;
  readonly size: number;
  readonly ids: readonly string[];
  readonly topics: readonly CompiledTopic[];
  readonly hours: Float64Array;
  readonly optional: Uint8Array;
  /** Position of each topic's section in `curriculum.sections` (unknown sections last). */
  readonly sectionRank: Int32Array;
  /** Reading position: section order, then `topic.index`. Breaks ties between ready topics. */
  readonly readingKey: Int32Array;
  readonly topicAtReadingKey: Int32Array;
  readonly groupStart: Int32Array;
  readonly groupOwner: Int32Array;
  /** Position of each group within its owner's `requires`, to report unmet groups as written. */
  readonly groupSource: Int32Array;
  readonly memberStart: Int32Array;
  readonly members: Int32Array;
  readonly revStart: Int32Array;
  readonly revGroups: Int32Array;
  /** The compiler's topological order as positions. */
  readonly orderIndices: Int32Array;
  /** Position of each topic in `orderIndices`. */
  readonly rank: Int32Array;
  readonly order: readonly string[];
  private readonly lookup: ReadonlyMap<string, number>;

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
    this.topicAtReadingKey = readingOrder(topics, this.sectionRank);
    this.readingKey = positionsIn(this.topicAtReadingKey);

    const groups = buildGroups(topics, lookup);
    this.groupStart = groups.groupStart;
    this.groupOwner = groups.groupOwner;
    this.groupSource = groups.groupSource;
    this.memberStart = groups.memberStart;
    this.members = groups.members;
    this.revStart = new Int32Array(size + 1);
    this.revGroups = new Int32Array(this.members.length);
    fillReverse(this);

    this.orderIndices = shippedOrder(curriculum, lookup, this.topicAtReadingKey);
    this.rank = positionsIn(this.orderIndices);
    this.order = Array.from(this.orderIndices, (t) => this.idAt(t));
  }

  /** The id of topic `t`, a position the engine computed (throws when out of range). */
  idAt(t: number): string {
    const id = this.ids[t];
    if (id === undefined) throw new RangeError(`graph engine: no topic at position ${t}`);
    return id;
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
 * its topic forever), and topics missing from the shipped order follow it in reading order.
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

/** Topics in reading order: section order, then `topic.index`, then position. */
function readingOrder(topics: readonly CompiledTopic[], sectionRank: Int32Array): Int32Array {
  const position = (topic: CompiledTopic) => {
    const index = topic.index;
    return typeof index === "number" && Number.isFinite(index) ? index : Number.MAX_SAFE_INTEGER;
  };
  const sorted = topics.map((_, i) => i);
  sorted.sort(
    (a, b) =>
      intAt(sectionRank, a) - intAt(sectionRank, b) ||
      position(at(topics, a)) - position(at(topics, b)) ||
      a - b,
  );
  return Int32Array.from(sorted);
}

/** Where each topic stands in `sequence`, an ordering of all topics (its inverse). */
function positionsIn(sequence: Int32Array): Int32Array {
  const position = new Int32Array(sequence.length);
  sequence.forEach((t, place) => {
    position[t] = place;
  });
  return position;
}

/**
 * The compiler's `order` as positions. The compiler breaks ties the way reading order does, so
 * the engine need not sort again. Unknown and repeated ids are skipped, and topics the list
 * misses (never in compiled data) follow in reading order.
 */
function shippedOrder(
  curriculum: CompiledCurriculum,
  lookup: ReadonlyMap<string, number>,
  topicAtReadingKey: Int32Array,
): Int32Array {
  const size = topicAtReadingKey.length;
  const placed = new Uint8Array(size);
  const out = new Int32Array(size);
  let written = 0;
  for (const id of Array.isArray(curriculum.order) ? curriculum.order : []) {
    const t = typeof id === "string" ? lookup.get(id) : undefined;
    if (t === undefined || placed[t] === 1) continue;
    placed[t] = 1;
    out[written++] = t;
  }
  for (const t of topicAtReadingKey) if (placed[t] === 0) out[written++] = t;
  return out;
}

function buildGroups(topics: readonly CompiledTopic[], lookup: ReadonlyMap<string, number>) {
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

/** Fills `revStart` and `revGroups` (counting sort of the members by topic). */
function fillReverse(index: GraphIndex): void {
  const { size, members, memberStart, revStart, revGroups } = index;
  for (const m of members) revStart[m + 1] = intAt(revStart, m + 1) + 1;
  for (let t = 0; t < size; t++) revStart[t + 1] = intAt(revStart, t + 1) + intAt(revStart, t);
  const fill = revStart.slice(0, size);
  for (let g = 0; g + 1 < memberStart.length; g++) {
    for (let k = intAt(memberStart, g), end = intAt(memberStart, g + 1); k < end; k++) {
      const m = intAt(members, k);
      const place = intAt(fill, m);
      revGroups[place] = g;
      fill[m] = place + 1;
    }
  }
}
