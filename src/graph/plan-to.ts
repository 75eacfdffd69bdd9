// The id-level plan functions. Apart from plan.ts because the first page only needs
// `planIndices` (for Next up); these load with the plan and topic views and the tick feedback.
import { doneFlags } from "./done-set";
import { type Graph, indexOf } from "./graph-index";
import { type Plan, type PlanOptions, planIndices } from "./plan";

/**
 * The plan to `goal`: the goal, plus for each requirement group of a needed topic with no done
 * member, the chosen member and (recursively) what it needs. The chosen member is the one whose
 * own plan from the same done set has the fewest hours, each topic counted once (see
 * plan-costs.ts for the estimate used past a work budget); ties go to the first listed.
 * Ordered by Kahn's algorithm: each topic after every topic of the plan it names in
 * `requires`, and among topics ready together, section order then curriculum order first.
 * A done or unknown goal gives an empty plan. `done` may hold aliases and unknown ids.
 * O(topics + requirements) plus the bounded exact-cost work.
 */
export function planTo(
  graph: Graph,
  done: Iterable<string>,
  goal: string,
  options: PlanOptions = {},
): Plan {
  const index = indexOf(graph);
  const result = planIndices(index, doneFlags(index, done), index.indexOf(goal), options);
  const topics: string[] = new Array(result.order.length);
  for (let i = 0; i < result.order.length; i++) topics[i] = index.ids[result.order[i] ?? 0] ?? "";
  return {
    topics,
    hours: result.hours,
    costModel: result.costModel,
  };
}

/**
 * What to tick so that `id` becomes available: its plan without `id` itself, in plan order.
 * Empty when `id` is unknown, done or already available.
 */
export function missingPrerequisites(graph: Graph, done: Iterable<string>, id: string): string[] {
  const index = indexOf(graph);
  const target = index.indexOf(id);
  const result = planIndices(index, doneFlags(index, done), target);
  const missing: string[] = [];
  for (const t of result.order) if (t !== target) missing.push(index.ids[t] ?? "");
  return missing;
}
