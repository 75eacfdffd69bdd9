import type { GraphIndex } from "./graph-index";

/** The part of the graph a plan looks at, and the choice it makes per requirement group. */
export interface PlanSearch {
  /** Topics the goal could need, in topological order. */
  readonly sequence: Int32Array;
  /** 1 for a topic listed in an open group of two or more members: it needs a cost. */
  readonly candidate: Uint8Array;
  /** 1 for a requirement group of a relevant topic with no done member. */
  readonly groupOpen: Uint8Array;
  /** Chosen member per open group; -1 elsewhere. Filled by `chooseMembers`. */
  readonly choice: Int32Array;
}

/**
 * Chooses a member for every open group, cheapest first, ties to the first listed.
 *
 * A member's cost is the hours of its own plan: itself plus, recursively, the chosen members of
 * its open groups, each distinct topic counted once. Counting distinct topics needs one walk of
 * the member's plan per candidate, which is cheap for real curricula but grows as candidates x
 * plan size; when that work passes `budget`, every choice is redone with the tree estimate
 * (hours plus the costs of the chosen members, shared prerequisites counted again), which is
 * linear. Returns the model used.
 */
export function chooseMembers(
  index: GraphIndex,
  search: PlanSearch,
  budget: number,
): "exact" | "estimate" {
  const cost = new Float64Array(index.size).fill(Number.POSITIVE_INFINITY);
  if (walkLowerBound(index, search) <= budget && exactChoices(index, search, cost, budget)) {
    return "exact";
  }
  search.choice.fill(-1);
  cost.fill(Number.POSITIVE_INFINITY);
  estimatedChoices(index, search, cost);
  return "estimate";
}

function exactChoices(
  index: GraphIndex,
  search: PlanSearch,
  cost: Float64Array,
  budget: number,
): boolean {
  const { groupStart, hours } = index;
  const { sequence, candidate, groupOpen, choice } = search;
  const stamp = new Int32Array(index.size);
  // A topic enters a walk's stack at most once (stamps), so `size` slots always suffice.
  const stack = new Int32Array(index.size);
  let work = 0;
  for (let i = 0; i < sequence.length; i++) {
    const t = sequence[i] ?? 0;
    chooseFor(index, search, cost, t);
    if (candidate[t] !== 1) continue;
    // Walk t's own plan once, marking each topic with this walk's stamp.
    const walk = i + 1;
    let sum = 0;
    stamp[t] = walk;
    stack[0] = t;
    let depth = 1;
    while (depth > 0) {
      const u = stack[--depth] ?? 0;
      sum += hours[u] ?? 0;
      work++;
      for (let g = groupStart[u] ?? 0, end = groupStart[u + 1] ?? 0; g < end; g++) {
        work++;
        if (groupOpen[g] !== 1) continue;
        const chosen = choice[g] ?? -1;
        if (chosen < 0 || stamp[chosen] === walk) continue;
        stamp[chosen] = walk;
        stack[depth++] = chosen;
      }
    }
    if (work > budget) return false;
    cost[t] = sum;
  }
  return true;
}

function estimatedChoices(index: GraphIndex, search: PlanSearch, cost: Float64Array): void {
  const { groupStart, hours } = index;
  const { sequence, groupOpen, choice } = search;
  for (const t of sequence) {
    chooseFor(index, search, cost, t);
    let sum = hours[t] ?? 0;
    for (let g = groupStart[t] ?? 0, end = groupStart[t + 1] ?? 0; g < end; g++) {
      const chosen = groupOpen[g] === 1 ? (choice[g] ?? -1) : -1;
      // A member without a cost yet can only come from a cycle; it adds nothing.
      if (chosen >= 0 && Number.isFinite(cost[chosen] ?? 0)) sum += cost[chosen] ?? 0;
    }
    cost[t] = sum;
  }
}

/** Fills `choice` for t's open groups: the cheapest member, the first listed on a tie. */
function chooseFor(index: GraphIndex, search: PlanSearch, cost: Float64Array, t: number): void {
  const { groupStart, memberStart, members } = index;
  const { groupOpen, choice } = search;
  for (let g = groupStart[t] ?? 0, end = groupStart[t + 1] ?? 0; g < end; g++) {
    if (groupOpen[g] !== 1) continue;
    const first = memberStart[g] ?? 0;
    const last = memberStart[g + 1] ?? 0;
    let best = members[first] ?? -1;
    let bestCost = cost[best] ?? Number.POSITIVE_INFINITY;
    for (let k = first + 1; k < last; k++) {
      const m = members[k] ?? 0;
      const c = cost[m] ?? Number.POSITIVE_INFINITY;
      if (cheaper(c, bestCost)) {
        best = m;
        bestCost = c;
      }
    }
    choice[g] = best;
  }
}

/**
 * Strictly cheaper, ignoring floating-point noise: 0.1 + 0.2 and 0.3 hours are a tie, which
 * then goes to the first listed member.
 */
function cheaper(a: number, b: number): boolean {
  return a < b - 1e-9 * Math.max(1, Math.abs(b));
}

/**
 * A cheap lower bound on the exact walks' work, to skip them when they cannot fit the budget:
 * a member's plan holds at least 1 + the largest, over its open groups, of the smallest member
 * bound (its longest forced chain), whatever the choices turn out to be.
 */
function walkLowerBound(index: GraphIndex, search: PlanSearch): number {
  const { groupStart, memberStart, members } = index;
  const { sequence, candidate, groupOpen } = search;
  const lower = new Int32Array(index.size);
  let total = 0;
  for (const t of sequence) {
    let longest = 0;
    for (let g = groupStart[t] ?? 0, end = groupStart[t + 1] ?? 0; g < end; g++) {
      if (groupOpen[g] !== 1) continue;
      let shortest = Number.MAX_SAFE_INTEGER;
      for (let k = memberStart[g] ?? 0, last = memberStart[g + 1] ?? 0; k < last; k++) {
        shortest = Math.min(shortest, lower[members[k] ?? 0] ?? 0);
      }
      longest = Math.max(longest, shortest);
    }
    lower[t] = 1 + longest;
    if (candidate[t] === 1) total += lower[t] ?? 0;
  }
  return total;
}
