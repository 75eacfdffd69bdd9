import { doneFlags } from "./done-set";
import { type Graph, type GraphIndex, indexOf } from "./graph-index";
import { byteAt, intAt } from "./invariant";
import { planIndices } from "./plan";
import { statesFromFlags } from "./states";

/** Next up in the two groups the outline shows. */
export interface NextUpGroups {
  /** Current id of the goal; undefined when the goal is unknown. */
  readonly goal: string | undefined;
  /** Available topics of the goal's plan, in plan order ("On your path to …"). */
  readonly onPath: readonly string[];
  /** The other available topics: required ones first, then optional, each in graph order. */
  readonly alsoAvailable: readonly string[];
  /** The goal's plan is empty (a known goal whose whole closure is done or known). */
  readonly goalReached: boolean;
  /** Once the goal is reached: the goals the Plan suggests next (`suggestGoals`); else empty. */
  readonly nextGoals: readonly string[];
}

export interface NextUpLimits {
  /** Most topics in `onPath` (default: all). */
  readonly onPath?: number;
  /** Most topics in `alsoAvailable` (default: all). */
  readonly alsoAvailable?: number;
  /** Most topics in `nextGoals` (default: `SUGGESTED_GOALS`). */
  readonly nextGoals?: number;
}

/** How many next goals the Plan and Next up suggest once a goal is reached. */
export const SUGGESTED_GOALS = 4;

/**
 * Available topics (not done, every requirement group met) split by the goal: those on the
 * goal's plan in plan order, then the others. `done` is every topic done or known.
 * O(topics + requirements) plus one plan.
 */
export function nextUpGroups(
  graph: Graph,
  done: Iterable<string>,
  goal: string,
  limits: NextUpLimits = {},
): NextUpGroups {
  const index = indexOf(graph);
  const flags = doneFlags(index, done);
  const target = index.indexOf(goal);
  const plan = planIndices(index, flags, target);
  const states = statesFromFlags(index, flags.slice());
  const isAvailable = (t: number) => states.stateAt(t) === "available";

  const onPath = [...plan.order].filter(isAvailable);
  const others = [...index.orderIndices].filter((t) => isAvailable(t) && plan.inPlan[t] === 0);
  // Electives after the topics the curriculum requires; each part keeps graph order (stable).
  others.sort((a, b) => byteAt(index.optional, a) - byteAt(index.optional, b));
  const goalReached = target >= 0 && plan.order.length === 0;
  return {
    goal: target < 0 ? undefined : index.idAt(target),
    onPath: idsOf(index, onPath, limits.onPath),
    alsoAvailable: idsOf(index, others, limits.alsoAvailable),
    goalReached,
    nextGoals: goalReached
      ? suggestGoals(graph, done, goal, limits.nextGoals ?? SUGGESTED_GOALS)
      : [],
  };
}

/**
 * Next up as one list: the goal's available plan topics in plan order, then the other
 * available topics (required before optional). `limit` caps the list.
 */
export function nextUp(
  graph: Graph,
  done: Iterable<string>,
  goal: string,
  limit = Number.POSITIVE_INFINITY,
): string[] {
  const groups = nextUpGroups(graph, done, goal);
  return capped([...groups.onPath, ...groups.alsoAvailable], limit);
}

/**
 * Goals to aim for after `goal`: the curriculum's own goal while its plan is not empty, then
 * the topics `goal` directly opens (graph order), then the available topics as Next up ranks
 * them; never `goal` itself, a done topic or a repeat. At most `limit`.
 */
export function suggestGoals(
  graph: Graph,
  done: Iterable<string>,
  goal: string,
  limit = SUGGESTED_GOALS,
): string[] {
  const index = indexOf(graph);
  const flags = doneFlags(index, done);
  const target = index.indexOf(goal);
  const candidates: number[] = [];
  const defaultGoal = index.indexOf(index.curriculum.goal);
  if (defaultGoal >= 0 && planIndices(index, flags, defaultGoal).order.length > 0) {
    candidates.push(defaultGoal);
  }
  if (target >= 0) {
    const { revStart, revGroups, groupOwner } = index;
    const opened: number[] = [];
    for (let r = intAt(revStart, target), end = intAt(revStart, target + 1); r < end; r++) {
      opened.push(intAt(groupOwner, intAt(revGroups, r)));
    }
    opened.sort((a, b) => intAt(index.rank, a) - intAt(index.rank, b));
    candidates.push(...opened);
  }
  const states = statesFromFlags(index, flags.slice());
  const available = [...index.orderIndices].filter((t) => states.stateAt(t) === "available");
  available.sort((a, b) => byteAt(index.optional, a) - byteAt(index.optional, b));
  candidates.push(...available);
  const chosen = new Set<number>();
  for (const t of candidates) {
    if (chosen.size >= limit) break;
    if (t !== target && flags[t] === 0) chosen.add(t);
  }
  return [...chosen].map((t) => index.idAt(t));
}

function idsOf(index: GraphIndex, topics: readonly number[], limit?: number): string[] {
  return capped(
    topics.map((t) => index.idAt(t)),
    limit ?? Number.POSITIVE_INFINITY,
  );
}

/** The first `limit` items; a negative limit keeps nothing, NaN (like no limit) keeps all. */
function capped<T>(items: T[], limit: number): T[] {
  if (limit < items.length) items.length = Math.max(0, Math.floor(limit));
  return items;
}
