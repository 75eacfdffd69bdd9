import type { GraphIndex } from "./graph-index";

/** The part of the graph a plan looks at. */
export interface PlanSearch {
  /** Topics the goal could need, in topological order. */
  readonly sequence: Int32Array;
  /** 1 for a topic listed in an open group of two or more members: it needs a cost. */
  readonly candidate: Uint8Array;
  /** 1 for a requirement group of a relevant topic with no done member. */
  readonly groupOpen: Uint8Array;
}

export interface MemberChoices {
  /** Chosen member per open group; -1 elsewhere. */
  readonly choice: Int32Array;
  readonly costModel: "exact" | "estimate";
}

/**
 * Chooses a member for every open group: the cheapest, ties to the first listed.
 *
 * A member's exact cost is the hours of its own plan: itself plus, recursively, the chosen
 * members of its open groups, each distinct topic counted once. That takes one walk of the
 * member's plan per candidate: cheap for real curricula, but it grows as candidates x plan
 * size. So the linear tree estimate (hours plus the estimates of the chosen members, a shared
 * prerequisite counted again) is made first, in the same pass as a lower bound on the walks'
 * work; the exact walks run only if that bound fits `budget`, and are abandoned (keeping the
 * estimate) as soon as their work passes it.
 */
export function chooseMembers(
  index: GraphIndex,
  search: PlanSearch,
  budget: number,
): MemberChoices {
  const { groupStart, hours } = index;
  const { sequence, candidate, groupOpen } = search;
  const estimate: MemberChoices = {
    choice: new Int32Array(groupOpen.length).fill(-1),
    costModel: "estimate",
  };
  const cost = new Float64Array(index.size).fill(Number.POSITIVE_INFINITY);
  const chain = new Int32Array(index.size);
  // A member's plan holds at least its longest forced chain, whatever the choices turn out to
  // be: the sum over candidates bounds the exact walks' work from below.
  let lowerBound = 0;
  for (const t of sequence) {
    cost[t] = chooseFor(index, groupOpen, estimate.choice, cost, chain, t);
    if (candidate[t] === 1) lowerBound += chain[t] ?? 0;
  }
  if (lowerBound > budget) return estimate;

  // Exact costs, in the same order. Choosing again rewrites the chains with the same values;
  // the estimate's costs are no longer needed, so their array starts over.
  const choice = new Int32Array(groupOpen.length).fill(-1);
  cost.fill(Number.POSITIVE_INFINITY);
  const stamp = new Int32Array(index.size);
  // A topic enters a walk's stack at most once (stamps), so `size` slots always suffice.
  const stack = new Int32Array(index.size);
  let work = 0;
  for (let i = 0; i < sequence.length; i++) {
    const t = sequence[i] ?? 0;
    chooseFor(index, groupOpen, choice, cost, chain, t);
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
    // Past the budget: abandon the exact costs and keep the estimate.
    if (work > budget) return estimate;
    cost[t] = sum;
  }
  return { choice, costModel: "exact" };
}

/**
 * Fills `choice` for t's open groups with the cheapest member by `cost`, the first listed on a
 * tie, and sets `chain[t]`: 1 + the largest, over those groups, of the shortest member chain.
 * Returns t's tree estimate: its hours plus the costs of the chosen members (a member without a
 * cost yet can only come from a cycle; it adds nothing).
 */
function chooseFor(
  index: GraphIndex,
  groupOpen: Uint8Array,
  choice: Int32Array,
  cost: Float64Array,
  chain: Int32Array,
  t: number,
): number {
  const { groupStart, memberStart, members, hours } = index;
  let sum = hours[t] ?? 0;
  let longest = 0;
  for (let g = groupStart[t] ?? 0, end = groupStart[t + 1] ?? 0; g < end; g++) {
    if (groupOpen[g] !== 1) continue;
    // One pass over the members: the cheapest (first on a tie) and the shortest chain.
    const first = memberStart[g] ?? 0;
    const last = memberStart[g + 1] ?? 0;
    let best = members[first] ?? 0;
    let bestCost = cost[best] ?? Number.POSITIVE_INFINITY;
    let shortest = chain[best] ?? 0;
    for (let k = first + 1; k < last; k++) {
      const m = members[k] ?? 0;
      const c = cost[m] ?? Number.POSITIVE_INFINITY;
      if (cheaper(c, bestCost)) {
        best = m;
        bestCost = c;
      }
      shortest = Math.min(shortest, chain[m] ?? 0);
    }
    choice[g] = best;
    if (Number.isFinite(bestCost)) sum += bestCost;
    longest = Math.max(longest, shortest);
  }
  chain[t] = 1 + longest;
  return sum;
}

/**
 * Strictly cheaper, ignoring floating-point noise: 0.1 + 0.2 and 0.3 hours are a tie, which
 * then goes to the first listed member.
 */
function cheaper(a: number, b: number): boolean {
  return a < b - 1e-9 * Math.max(1, Math.abs(b));
}
