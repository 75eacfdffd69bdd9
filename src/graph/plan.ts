import { closureOf } from "./closure";
import { doneFlags } from "./done-set";
import { type Graph, type GraphIndex, indexOf } from "./graph-index";
import { floatAt, intAt } from "./invariant";
import { topologicalOrder } from "./topo-order";

export interface Plan {
  /** The goal's closure minus what is done or known, each after everything it requires. */
  readonly topics: readonly string[];
  /** Total hours of those topics. */
  readonly hours: number;
  /**
   * How `anyOf` members were costed: "exact" counts each topic of a member's closure once;
   * "estimate" (only past the work budget, on very large curricula) sums hours down the
   * requirement tree, so a prerequisite shared by two branches counts twice.
   */
  readonly costModel: "exact" | "estimate";
}

export interface PlanOptions {
  /** Work allowed for exact `anyOf` costs, in visited topics and groups. */
  readonly exactCostBudget?: number;
}

/**
 * The plan to `goal`: the topics of its requirement closure (closure.ts) that are neither done
 * nor known, each after every topic of the plan it names in `requires`; among topics ready
 * together, section order then curriculum order first. `done` is every topic done or known (it
 * may hold aliases and unknown ids). "Goal reached" is exactly an empty plan: a done goal
 * still has a plan while a prerequisite it skipped is open. An unknown goal gives an empty plan.
 * O(topics + requirements) plus the bounded exact-cost work.
 */
export function planTo(
  graph: Graph,
  done: Iterable<string>,
  goal: string,
  options: PlanOptions = {},
): Plan {
  const index = indexOf(graph);
  const plan = planIndices(index, doneFlags(index, done), index.indexOf(goal), options);
  let hours = 0;
  for (const t of plan.order) hours += floatAt(index.hours, t);
  return { topics: idsOf(index, plan.order), hours, costModel: plan.costModel };
}

/**
 * The topics of `id`'s requirement closure that are neither done nor known, `id` excluded, in
 * plan order. For a locked topic: what the "tick a locked topic" dialog names (for an `anyOf`
 * group, the member the plan would take). For a done topic: what its "done, but X and Y are
 * not" note names. Empty for an unknown id.
 */
export function missingPrerequisites(graph: Graph, done: Iterable<string>, id: string): string[] {
  const index = indexOf(graph);
  const target = index.indexOf(id);
  const plan = planIndices(index, doneFlags(index, done), target);
  return idsOf(
    index,
    plan.order.filter((t) => t !== target),
  );
}

/** A plan in integer form, for the engine's own callers. */
export interface PlanIndices {
  readonly order: Int32Array;
  /** 1 for a topic of the plan. */
  readonly inPlan: Uint8Array;
  readonly costModel: Plan["costModel"];
}

/** `planTo` over integer positions and a done flag per topic; `goal` -1 gives an empty plan. */
export function planIndices(
  index: GraphIndex,
  done: Uint8Array,
  goal: number,
  options: PlanOptions = {},
): PlanIndices {
  const { inClosure, costModel } = closureOf(index, done, goal, options.exactCostBudget);
  // The closure's flags become the plan's: drop what is done.
  for (let t = 0; t < index.size; t++) if (done[t] === 1) inClosure[t] = 0;
  return { order: topologicalOrder(index, inClosure), inPlan: inClosure, costModel };
}

function idsOf(index: GraphIndex, topics: Int32Array): string[] {
  const ids: string[] = new Array(topics.length);
  for (let i = 0; i < topics.length; i++) ids[i] = index.idAt(intAt(topics, i));
  return ids;
}
