import { doneFlags } from "./done-set";
import { type Graph, indexOf } from "./graph-index";
import { planIndices } from "./plan";
import { statesFromFlags } from "./states";

/**
 * Available (not done) topics ranked by how far they move the learner toward `goal`: topics on
 * the goal's plan first; then by how many locked topics they help open, counting every locked
 * topic reachable through not-done topics that require them (a path through a done topic does
 * not count: that topic's requirement is already behind the learner); then in topological order.
 * An unknown or done goal ranks by the second key alone. `limit` caps the list.
 * O(available x (topics + requirements)), fine for hand-written curricula.
 */
export function nextUp(
  graph: Graph,
  done: Iterable<string>,
  goal: string,
  limit = Number.POSITIVE_INFINITY,
): string[] {
  const index = indexOf(graph);
  const flags = doneFlags(index, done);
  const plan = planIndices(index, flags, index.indexOf(goal));
  // Nothing changes the flags after this, so the states may take them over.
  const states = statesFromFlags(index, flags);
  const available: number[] = [];
  for (let t = 0; t < index.size; t++) if (states.stateAt(t) === "available") available.push(t);

  const { revStart, revGroups, groupOwner } = index;
  const opens = new Int32Array(index.size);
  const stamp = new Int32Array(index.size);
  const stack: number[] = [];
  available.forEach((t, i) => {
    let count = 0;
    stamp[t] = i + 1;
    stack.push(t);
    while (stack.length > 0) {
      const u = stack.pop() ?? 0;
      // The owners of the groups naming u; the stamp skips one met twice.
      for (let r = revStart[u] ?? 0, end = revStart[u + 1] ?? 0; r < end; r++) {
        const d = groupOwner[revGroups[r] ?? 0] ?? 0;
        if (stamp[d] === i + 1 || flags[d] === 1) continue;
        stamp[d] = i + 1;
        if (states.stateAt(d) === "locked") count++;
        stack.push(d);
      }
    }
    opens[t] = count;
  });

  available.sort(
    (a, b) =>
      (plan.inPlan[b] ?? 0) - (plan.inPlan[a] ?? 0) ||
      (opens[b] ?? 0) - (opens[a] ?? 0) ||
      (index.rank[a] ?? 0) - (index.rank[b] ?? 0),
  );
  // A negative limit keeps nothing; NaN, like no limit, keeps everything.
  if (limit < available.length) available.length = Math.max(0, Math.floor(limit));
  return available.map((t) => index.ids[t] ?? "");
}
