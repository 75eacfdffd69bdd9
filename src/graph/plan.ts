import type { GraphIndex } from "./graph-index";
import { chooseMembers, type PlanSearch } from "./plan-costs";
import { topologicalOrder } from "./topo-order";

export interface Plan {
  /** Not-done topics the goal needs, the goal included, each after everything it requires. */
  readonly topics: readonly string[];
  /** Total hours of those topics. */
  readonly hours: number;
  /**
   * How `anyOf` members were costed: "exact" counts each topic of a member's path once;
   * "estimate" (only past the work budget, on very large curricula) sums hours down the
   * requirement tree, so a prerequisite shared by two branches counts twice.
   */
  readonly costModel: "exact" | "estimate";
}

export interface PlanOptions {
  /** Work allowed for exact `anyOf` costs, in visited topics and groups (default: see below). */
  readonly exactCostBudget?: number;
}

/** Plan result in integer form, shared by `planTo`, `missingPrerequisites` and `nextUp`. */
export interface PlanIndices {
  readonly order: Int32Array;
  /** 1 for a topic of the plan. */
  readonly inPlan: Uint8Array;
  readonly hours: number;
  readonly costModel: Plan["costModel"];
}

/**
 * Floor of the default exact-cost budget, in visited topics and groups: it covers any
 * hand-written curriculum (a dense generated one of 400 topics needs about 64,000). Past it the
 * budget is 4 x (topics + requirement entries): it grows only linearly, so the work thrown away
 * before falling back to the estimate stays a small multiple of one linear pass.
 */
export const EXACT_COST_BUDGET_FLOOR = 200_000;

/** `planTo` over integer positions and a done flag per topic; `goal` -1 gives an empty plan. */
export function planIndices(
  index: GraphIndex,
  done: Uint8Array,
  goal: number,
  options: PlanOptions = {},
): PlanIndices {
  const inPlan = new Uint8Array(index.size);
  if (goal < 0 || goal >= index.size || done[goal] === 1) {
    return { order: new Int32Array(0), inPlan, hours: 0, costModel: "exact" };
  }
  const search = relevantTopics(index, done, goal);
  const budget =
    options.exactCostBudget ??
    Math.max(EXACT_COST_BUDGET_FLOOR, 4 * (index.size + index.members.length));
  const { choice, costModel } = chooseMembers(index, search, budget);

  const { groupStart, hours } = index;
  // Each topic is pushed at most once, so `size` slots suffice.
  const stack = new Int32Array(index.size);
  stack[0] = goal;
  let depth = 1;
  inPlan[goal] = 1;
  let total = 0;
  while (depth > 0) {
    const t = stack[--depth] ?? 0;
    total += hours[t] ?? 0;
    for (let g = groupStart[t] ?? 0, end = groupStart[t + 1] ?? 0; g < end; g++) {
      if (search.groupOpen[g] !== 1) continue;
      const chosen = choice[g] ?? -1;
      if (chosen < 0 || inPlan[chosen] === 1) continue;
      inPlan[chosen] = 1;
      stack[depth++] = chosen;
    }
  }
  return { order: topologicalOrder(index, inPlan), inPlan, hours: total, costModel };
}

/**
 * Every not-done topic the goal could need whatever the `anyOf` choices: the goal, and every
 * member of every requirement group with no done member of a topic already found. The chosen
 * plan is a subset; the topics are listed in the graph's topological order.
 */
function relevantTopics(index: GraphIndex, done: Uint8Array, goal: number): PlanSearch {
  const { size, groupStart, memberStart, members, orderIndices } = index;
  const groupCount = groupStart[size] ?? 0;
  const relevant = new Uint8Array(size);
  const candidate = new Uint8Array(size);
  const groupOpen = new Uint8Array(groupCount);
  const stack = new Int32Array(size);
  stack[0] = goal;
  let depth = 1;
  relevant[goal] = 1;
  let count = 1;
  while (depth > 0) {
    const t = stack[--depth] ?? 0;
    for (let g = groupStart[t] ?? 0, end = groupStart[t + 1] ?? 0; g < end; g++) {
      const first = memberStart[g] ?? 0;
      const last = memberStart[g + 1] ?? 0;
      let satisfied = false;
      for (let k = first; k < last && !satisfied; k++) satisfied = done[members[k] ?? 0] === 1;
      if (satisfied) continue;
      groupOpen[g] = 1;
      for (let k = first; k < last; k++) {
        const m = members[k] ?? 0;
        // Only members of a real choice need a cost of their own.
        if (last - first > 1) candidate[m] = 1;
        if (relevant[m] === 1) continue;
        relevant[m] = 1;
        count++;
        stack[depth++] = m;
      }
    }
  }
  const sequence = new Int32Array(count);
  let at = 0;
  for (const t of orderIndices) if (relevant[t] === 1) sequence[at++] = t;
  return { sequence, candidate, groupOpen };
}
