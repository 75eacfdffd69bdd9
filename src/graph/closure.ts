// The requirement closure (interface.md §4): the rule every plan, unmet-prerequisite list and
// "done, but…" note comes from.
import type { GraphIndex } from "./graph-index";
import { floatAt, intAt } from "./invariant";

/** A requirement closure in integer form. */
export interface Closure {
  /** 1 for a topic of the closure. */
  readonly inClosure: Uint8Array;
  /** How `anyOf` members with no done member were costed (see `chooseMembers`). */
  readonly costModel: "exact" | "estimate";
}

/**
 * Floor of the default exact-cost budget, in visited topics and groups: it covers any
 * hand-written curriculum. Past it the budget is 4 x (topics + requirement entries): it grows
 * only linearly, so the work thrown away before falling back to the estimate stays a small
 * multiple of one linear pass.
 */
export const EXACT_COST_BUDGET_FLOOR = 200_000;

/**
 * The requirement closure of `target` for a done flag per topic (done or known): the target,
 * and for every requirement group of a topic in the closure, the chosen member: the first
 * listed member that is done, else the member whose own closure has the fewest hours not done
 * (ties: the first listed). The walk goes through done topics, so a done topic's skipped
 * prerequisites stay in. `target` -1 (unknown) gives an empty closure.
 */
export function closureOf(
  index: GraphIndex,
  done: Uint8Array,
  target: number,
  exactCostBudget?: number,
): Closure {
  const inClosure = new Uint8Array(index.size);
  if (target < 0) return { inClosure, costModel: "exact" };
  const search = relevantTopics(index, done, target);
  const budget =
    exactCostBudget ?? Math.max(EXACT_COST_BUDGET_FLOOR, 4 * (index.size + index.members.length));
  const { choice, costModel } = chooseMembers(index, done, search, budget);
  const { groupStart } = index;
  // Each topic is pushed at most once, so `size` slots suffice.
  const stack = new Int32Array(index.size);
  stack[0] = target;
  let depth = 1;
  inClosure[target] = 1;
  while (depth > 0) {
    const t = intAt(stack, --depth);
    for (let g = intAt(groupStart, t), end = intAt(groupStart, t + 1); g < end; g++) {
      const chosen = intAt(choice, g);
      if (inClosure[chosen] === 1) continue;
      inClosure[chosen] = 1;
      stack[depth++] = chosen;
    }
  }
  return { inClosure, costModel };
}

/** The part of the graph a closure looks at. */
interface ClosureSearch {
  /** Topics the closure could hold, whatever the `anyOf` choices, in topological order. */
  readonly sequence: Int32Array;
  /** 1 for a member of a group of two or more with no done member: it needs a cost. */
  readonly candidate: Uint8Array;
  /** Per group: its first listed done member; -1 when none (or not looked at). */
  readonly firstDone: Int32Array;
}

/**
 * Every topic the closure could hold: the target, and for every group of a topic found, its
 * first done member if it has one, else every member.
 */
function relevantTopics(index: GraphIndex, done: Uint8Array, target: number): ClosureSearch {
  const { size, groupStart, memberStart, members, orderIndices } = index;
  const relevant = new Uint8Array(size);
  const candidate = new Uint8Array(size);
  const firstDone = new Int32Array(intAt(groupStart, size)).fill(-1);
  const stack = new Int32Array(size);
  stack[0] = target;
  let depth = 1;
  relevant[target] = 1;
  let count = 1;
  while (depth > 0) {
    const t = intAt(stack, --depth);
    for (let g = intAt(groupStart, t), end = intAt(groupStart, t + 1); g < end; g++) {
      const first = intAt(memberStart, g);
      const last = intAt(memberStart, g + 1);
      let met = -1;
      for (let k = first; k < last && met < 0; k++) {
        if (done[intAt(members, k)] === 1) met = intAt(members, k);
      }
      if (met >= 0) {
        // A group with a done member leads only to the first listed one.
        firstDone[g] = met;
        if (relevant[met] === 0) {
          relevant[met] = 1;
          count++;
          stack[depth++] = met;
        }
        continue;
      }
      for (let k = first; k < last; k++) {
        const m = intAt(members, k);
        // Only members of a real choice need a cost of their own.
        if (last - first > 1) candidate[m] = 1;
        if (relevant[m] === 0) {
          relevant[m] = 1;
          count++;
          stack[depth++] = m;
        }
      }
    }
  }
  const sequence = new Int32Array(count);
  let placed = 0;
  for (const t of orderIndices) if (relevant[t] === 1) sequence[placed++] = t;
  return { sequence, candidate, firstDone };
}

/**
 * A member for every group of the relevant topics: the first done member, else the cheapest,
 * ties to the first listed.
 *
 * A member's exact cost is the hours not done of its own closure, each topic counted once.
 * That takes one walk of the member's closure per candidate: cheap for real curricula, but it
 * grows as candidates x closure size. So the linear tree estimate (hours not done plus the
 * estimates of the chosen members, a shared prerequisite counted again) is made first,
 * together with a lower bound on the walks' work; the exact walks run only if that bound fits
 * `budget`, and are abandoned (keeping the estimate) as soon as their work passes it.
 */
function chooseMembers(index: GraphIndex, done: Uint8Array, search: ClosureSearch, budget: number) {
  const { groupStart, hours } = index;
  const { sequence, candidate, firstDone } = search;
  const cost = new Float64Array(index.size).fill(Number.POSITIVE_INFINITY);
  const chain = new Int32Array(index.size);
  const estimate = new Int32Array(firstDone.length).fill(-1);
  // A member's closure holds at least its shortest forced chain, whatever the choices turn out
  // to be: the sum over candidates bounds the exact walks' work from below.
  let lowerBound = 0;
  for (const t of sequence) {
    cost[t] = hoursLeft(done, hours, t) + chooseFor(index, search, estimate, cost, chain, t);
    if (candidate[t] === 1) lowerBound += intAt(chain, t);
  }
  if (lowerBound > budget) return { choice: estimate, costModel: "estimate" as const };

  // Exact costs, in the same order. Choosing again rewrites the chains with the same values.
  const choice = new Int32Array(firstDone.length).fill(-1);
  cost.fill(Number.POSITIVE_INFINITY);
  const stamp = new Int32Array(index.size);
  // A topic enters a walk's stack at most once (stamps), so `size` slots always suffice.
  const stack = new Int32Array(index.size);
  let work = 0;
  for (let i = 0; i < sequence.length; i++) {
    const t = intAt(sequence, i);
    chooseFor(index, search, choice, cost, chain, t);
    if (candidate[t] !== 1) continue;
    // Walk t's own closure once, marking each topic with this walk's stamp.
    const walk = i + 1;
    let sum = 0;
    stamp[t] = walk;
    stack[0] = t;
    let depth = 1;
    while (depth > 0) {
      const u = intAt(stack, --depth);
      sum += hoursLeft(done, hours, u);
      work++;
      for (let g = intAt(groupStart, u), end = intAt(groupStart, u + 1); g < end; g++) {
        work++;
        const chosen = intAt(choice, g);
        // -1: a member not chosen yet, which only a cycle (invalid data) leaves behind.
        if (chosen < 0 || stamp[chosen] === walk) continue;
        stamp[chosen] = walk;
        stack[depth++] = chosen;
      }
    }
    if (work > budget) return { choice: estimate, costModel: "estimate" as const };
    cost[t] = sum;
  }
  return { choice, costModel: "exact" as const };
}

/**
 * Fills `choice` for t's groups (the first done member, else the cheapest by `cost`, the first
 * listed on a tie) and sets `chain[t]`: 1 + the largest, over those groups, of the shortest
 * member chain. Returns the sum of the chosen members' costs (a member without a cost yet can
 * only come from a cycle; it adds nothing).
 */
function chooseFor(
  index: GraphIndex,
  search: ClosureSearch,
  choice: Int32Array,
  cost: Float64Array,
  chain: Int32Array,
  t: number,
): number {
  const { groupStart, memberStart, members } = index;
  let sum = 0;
  let longest = 0;
  for (let g = intAt(groupStart, t), end = intAt(groupStart, t + 1); g < end; g++) {
    let best = intAt(search.firstDone, g);
    let shortest = best < 0 ? Number.POSITIVE_INFINITY : intAt(chain, best);
    if (best < 0) {
      // One pass over the members: the cheapest (first on a tie) and the shortest chain.
      let bestCost = Number.POSITIVE_INFINITY;
      for (let k = intAt(memberStart, g), last = intAt(memberStart, g + 1); k < last; k++) {
        const m = intAt(members, k);
        const c = floatAt(cost, m);
        if (best < 0 || cheaper(c, bestCost)) {
          best = m;
          bestCost = c;
        }
        shortest = Math.min(shortest, intAt(chain, m));
      }
    }
    choice[g] = best;
    const chosenCost = floatAt(cost, best);
    if (Number.isFinite(chosenCost)) sum += chosenCost;
    longest = Math.max(longest, shortest);
  }
  chain[t] = 1 + longest;
  return sum;
}

/** Hours of topic t still to study: none once it is done or known. */
function hoursLeft(done: Uint8Array, hours: Float64Array, t: number): number {
  return done[t] === 1 ? 0 : floatAt(hours, t);
}

/**
 * Strictly cheaper, ignoring floating-point noise: 0.1 + 0.2 and 0.3 hours are a tie, which
 * then goes to the first listed member.
 */
function cheaper(a: number, b: number): boolean {
  if (b === Number.POSITIVE_INFINITY) return a < b;
  return a < b - 1e-9 * Math.max(1, Math.abs(b));
}
