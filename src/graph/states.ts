import { doneFlags } from "./done-set";
import { type Graph, type GraphIndex, indexOf } from "./graph-index";
import { at, byteAt, intAt } from "./invariant";
import { type StatusMap, type TopicState, TopicStatusMap } from "./status-map";

/**
 * Status of every topic for a done set, by the rule of the interface: done if ticked; else
 * available if every requirement group has a done member; else locked (`recommends` never
 * locks). `done` is every topic done or known, and may hold aliases and unknown ids.
 * O(topics + requirements).
 */
export function computeStates(graph: Graph, done: Iterable<string>): StatusMap {
  const index = indexOf(graph);
  return statesFromFlags(index, doneFlags(index, done));
}

/** `computeStates` for a done set already resolved to one flag per topic (taken over, not copied). */
export function statesFromFlags(index: GraphIndex, done: Uint8Array): TopicStatusMap {
  const { size, groupStart, groupOwner, memberStart, members } = index;
  const groupCount = intAt(groupStart, size);
  const groupDone = new Int32Array(groupCount);
  const unmetCount = new Int32Array(size);
  for (let g = 0; g < groupCount; g++) {
    let count = 0;
    for (let k = intAt(memberStart, g), end = intAt(memberStart, g + 1); k < end; k++) {
      count += byteAt(done, intAt(members, k));
    }
    groupDone[g] = count;
    if (count === 0) {
      const owner = intAt(groupOwner, g);
      unmetCount[owner] = intAt(unmetCount, owner) + 1;
    }
  }
  return new TopicStatusMap(index, done, groupDone, unmetCount, new Array(size));
}

/**
 * `computeStates` after ticking or unticking `changedId`, without starting over: `prev` must be
 * the states of `done` without that one change. Only the changed topic, the topics naming it
 * and the done topics whose closure runs through it get new status objects; the others keep
 * theirs, and `prev` stays valid. An unknown id, or a topic whose done-ness did not change,
 * returns `prev`; a `prev` from elsewhere gives a full computation.
 */
export function updateStates(
  graph: Graph,
  prev: StatusMap,
  done: Iterable<string>,
  changedId: string,
): StatusMap {
  const index = indexOf(graph);
  const t = index.indexOf(changedId);
  if (!(prev instanceof TopicStatusMap) || prev.index !== index) return computeStates(graph, done);
  if (t < 0) return prev;
  const nowDone = containsTopic(index, done, t);
  if (nowDone === (prev.done[t] === 1)) return prev;

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
  const { revStart, revGroups, groupOwner } = index;
  for (let r = intAt(revStart, t), end = intAt(revStart, t + 1); r < end; r++) {
    const g = intAt(revGroups, r);
    const before = intAt(next.groupDone, g);
    next.groupDone[g] = before + delta;
    // Only a group going between "no done member" and "some done member" changes its owner.
    if ((before === 0) === (before + delta === 0)) continue;
    const owner = intAt(groupOwner, g);
    next.unmetCount[owner] = intAt(next.unmetCount, owner) - delta;
    next.cache[owner] = undefined;
  }
  forgetDoneDependents(next, t);
  return next;
}

/**
 * Drops the cached status of every done topic whose requirement closure may run through `t`
 * (reached from it through done topics): their `doneWithUnmet` may have changed.
 */
function forgetDoneDependents(states: TopicStatusMap, t: number): void {
  const { revStart, revGroups, groupOwner } = states.index;
  const seen = new Set<number>([t]);
  const stack = [t];
  while (stack.length > 0) {
    const u = at(stack, stack.length - 1);
    stack.pop();
    for (let r = intAt(revStart, u), end = intAt(revStart, u + 1); r < end; r++) {
      const owner = intAt(groupOwner, intAt(revGroups, r));
      if (states.done[owner] !== 1 || seen.has(owner)) continue;
      seen.add(owner);
      states.cache[owner] = undefined;
      stack.push(owner);
    }
  }
}

/**
 * Topics locked in `before` and available in `after`, in reading order: what a tick unlocked,
 * for the live-region announcement. O(topics).
 */
export function unlockedBy(graph: Graph, before: StatusMap, after: StatusMap): string[] {
  const index = indexOf(graph);
  const unlocked: string[] = [];
  for (const t of index.topicAtReadingKey) {
    if (stateIn(before, index, t) === "locked" && stateIn(after, index, t) === "available") {
      unlocked.push(index.idAt(t));
    }
  }
  return unlocked;
}

function stateIn(states: StatusMap, index: GraphIndex, t: number): TopicState | undefined {
  if (states instanceof TopicStatusMap && states.index === index) return states.stateAt(t);
  return states.get(index.idAt(t))?.state;
}

/**
 * Whether topic `t` (by id or by any alias) is in `ids`. O(aliases) when `ids` is a Set
 * (the usual case), otherwise one pass over `ids`.
 */
function containsTopic(index: GraphIndex, ids: Iterable<string>, t: number): boolean {
  if (ids instanceof Set) {
    const id = index.idAt(t);
    if (ids.has(id)) return true;
    const named = [
      ...(at(index.topics, t).aliases ?? []),
      ...Object.keys(index.curriculum.aliases ?? {}),
    ];
    return named.some((alias) => alias !== id && index.indexOf(alias) === t && ids.has(alias));
  }
  for (const id of ids) if (typeof id === "string" && index.indexOf(id) === t) return true;
  return false;
}
