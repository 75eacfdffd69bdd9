// Incremental states after one tick, and the diffs the announcements need. Apart from
// states.ts because only the tick feedback uses them, and it loads after the first paint.
import { type Graph, type GraphIndex, indexOf } from "./graph-index";
import { computeStates } from "./states";
import { type StatusMap, type TopicState, TopicStatusMap } from "./status-map";

/** What changed in one tick or untick. */
export interface StatesUpdate {
  readonly states: StatusMap;
  /** Topics, other than the changed one, that went from locked to available; reading order. */
  readonly newlyAvailable: string[];
  /** Topics, other than the changed one, that went from available to locked; reading order. */
  readonly newlyLocked: string[];
}

/**
 * Incremental `computeStates` after ticking or unticking `changedId`: `prev` must be the states
 * of `done` without that one change. Only the changed topic and the topics that name it are
 * re-evaluated (the flat arrays are copied, so `prev` stays valid). Unchanged topics keep their
 * status objects. An unknown id, or a topic whose done-ness did not change, returns `prev`.
 */
export function updateStates(
  graph: Graph,
  prev: StatusMap,
  done: Iterable<string>,
  changedId: string,
): StatesUpdate {
  const index = indexOf(graph);
  const t = index.indexOf(changedId);
  if (!(prev instanceof TopicStatusMap) || prev.index !== index) {
    // Not built by this engine for this graph: fall back to a full computation and a diff.
    const states = computeStates(graph, done);
    return { states, ...changesBetween(index, prev, states, t) };
  }
  if (t < 0) return { states: prev, newlyAvailable: [], newlyLocked: [] };
  const nowDone = containsTopic(index, done, t);
  if (nowDone === (prev.done[t] === 1))
    return { states: prev, newlyAvailable: [], newlyLocked: [] };

  const next = new TopicStatusMap(
    index,
    prev.done.slice(),
    prev.groupDone.slice(),
    prev.unmetCount.slice(),
    prev.cache.slice(),
  );
  next.done[t] = nowDone ? 1 : 0;
  next.cache[t] = undefined;
  const delta = nowDone ? 1 : -1;
  const touched: number[] = [];
  const { revStart, revGroups, groupOwner } = index;
  for (let r = revStart[t] ?? 0, end = revStart[t + 1] ?? 0; r < end; r++) {
    const g = revGroups[r] ?? 0;
    const before = next.groupDone[g] ?? 0;
    next.groupDone[g] = before + delta;
    // Only a group going between "no done member" and "some done member" changes its owner.
    if ((before === 0) === (before + delta === 0)) continue;
    const owner = groupOwner[g] ?? 0;
    next.unmetCount[owner] = (next.unmetCount[owner] ?? 0) - delta;
    next.cache[owner] = undefined;
    touched.push(owner);
  }
  const newlyAvailable: number[] = [];
  const newlyLocked: number[] = [];
  for (const owner of new Set(touched)) {
    if (owner === t) continue;
    collectChange(prev.stateAt(owner), next.stateAt(owner), owner, newlyAvailable, newlyLocked);
  }
  return {
    states: next,
    newlyAvailable: inReadingOrder(index, newlyAvailable),
    newlyLocked: inReadingOrder(index, newlyLocked),
  };
}

/**
 * Topics locked in `before` and available in `after`, in reading order: what a tick unlocked,
 * for the live-region announcement. O(topics).
 */
export function unlockedBy(graph: Graph, before: StatusMap, after: StatusMap): string[] {
  return changesBetween(indexOf(graph), before, after, -1).newlyAvailable;
}

function changesBetween(
  index: GraphIndex,
  before: StatusMap,
  after: StatusMap,
  skip: number,
): { newlyAvailable: string[]; newlyLocked: string[] } {
  const newlyAvailable: number[] = [];
  const newlyLocked: number[] = [];
  for (let t = 0; t < index.size; t++) {
    if (t === skip) continue;
    collectChange(
      stateIn(before, index, t),
      stateIn(after, index, t),
      t,
      newlyAvailable,
      newlyLocked,
    );
  }
  return {
    newlyAvailable: inReadingOrder(index, newlyAvailable),
    newlyLocked: inReadingOrder(index, newlyLocked),
  };
}

function stateIn(states: StatusMap, index: GraphIndex, t: number): TopicState | undefined {
  if (states instanceof TopicStatusMap && states.index === index) return states.stateAt(t);
  return states.get(index.ids[t] ?? "")?.state;
}

function collectChange(
  before: TopicState | undefined,
  after: TopicState | undefined,
  t: number,
  newlyAvailable: number[],
  newlyLocked: number[],
): void {
  if (before === "locked" && after === "available") newlyAvailable.push(t);
  else if (before === "available" && after === "locked") newlyLocked.push(t);
}

function inReadingOrder(index: GraphIndex, topics: number[]): string[] {
  topics.sort((a, b) => (index.readingKey[a] ?? 0) - (index.readingKey[b] ?? 0));
  return topics.map((t) => index.ids[t] ?? "");
}

/**
 * Whether topic `t` (by id or by any alias) is in `ids`. O(aliases) when `ids` is a Set
 * (the usual case), otherwise one pass over `ids`.
 */
function containsTopic(index: GraphIndex, ids: Iterable<string>, t: number): boolean {
  if (ids instanceof Set) {
    if (ids.has(index.ids[t])) return true;
    for (const alias of aliasesOf(index, t)) if (ids.has(alias)) return true;
    return false;
  }
  for (const id of ids) if (typeof id === "string" && index.indexOf(id) === t) return true;
  return false;
}

/**
 * Former ids that lead to topic `t` (its own `aliases` and the curriculum's alias record), as
 * the index resolves them. Found when needed: O(aliases), and only the tick path asks.
 */
function aliasesOf(index: GraphIndex, t: number): string[] {
  const id = index.ids[t];
  const named = [
    ...(index.topics[t]?.aliases ?? []),
    ...Object.keys(index.curriculum.aliases ?? {}),
  ];
  return named.filter((alias) => alias !== id && index.indexOf(alias) === t);
}
