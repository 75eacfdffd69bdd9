/**
 * Graph algorithms over dense node numbers (0..n-1), iterative so that 10,000-topic curricula
 * cannot overflow the call stack. `edges[v]` lists the nodes v points to.
 */

/**
 * One cycle through each strongly connected component that has more than one node (self-loops
 * are the caller's business). A cycle is listed from its lowest-numbered node, [a, b, c] meaning
 * a -> b -> c -> a; cycles come in the order of those nodes. Also returns each component's size.
 */
export function findCycles(
  edges: readonly (readonly number[])[],
): { cycle: number[]; componentSize: number }[] {
  const components = stronglyConnectedComponents(edges);
  const inComponent = new Int32Array(edges.length).fill(-1);
  const result: { cycle: number[]; componentSize: number }[] = [];
  components.forEach((component, c) => {
    if (component.length < 2) return;
    for (const node of component) inComponent[node] = c;
    const start = Math.min(...component);
    result.push({
      cycle: shortestCycleThrough(start, edges, (node) => inComponent[node] === c),
      componentSize: component.length,
    });
  });
  return result.sort((a, b) => (a.cycle[0] ?? 0) - (b.cycle[0] ?? 0));
}

/** Tarjan's algorithm with an explicit stack. */
export function stronglyConnectedComponents(edges: readonly (readonly number[])[]): number[][] {
  const n = edges.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const components: number[][] = [];
  const frames: number[] = []; // node
  const positions: number[] = []; // next edge to follow from that node
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const visit = (node: number) => {
      index[node] = counter;
      low[node] = counter;
      counter++;
      stack.push(node);
      onStack[node] = 1;
      frames.push(node);
      positions.push(0);
    };
    visit(root);
    while (frames.length > 0) {
      const top = frames.length - 1;
      const node = frames[top] as number;
      const out = edges[node] ?? [];
      const position = positions[top] as number;
      if (position < out.length) {
        positions[top] = position + 1;
        const next = out[position] as number;
        if (index[next] === -1) visit(next);
        else if (onStack[next]) low[node] = Math.min(low[node] as number, index[next] as number);
        continue;
      }
      frames.pop();
      positions.pop();
      const parent = frames[frames.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent] as number, low[node] as number);
      if (low[node] === index[node]) {
        const component: number[] = [];
        let member: number;
        do {
          member = stack.pop() as number;
          onStack[member] = 0;
          component.push(member);
        } while (member !== node);
        components.push(component);
      }
    }
  }
  return components;
}

/** Breadth-first search from `start` back to itself, staying inside the allowed nodes. */
function shortestCycleThrough(
  start: number,
  edges: readonly (readonly number[])[],
  allowed: (node: number) => boolean,
): number[] {
  const previous = new Map<number, number>([[start, -1]]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as number;
    for (const next of edges[node] ?? []) {
      if (next === start) {
        const path = [node];
        for (let at = previous.get(node) ?? -1; at !== -1; at = previous.get(at) ?? -1)
          path.push(at);
        return path.reverse();
      }
      if (!allowed(next) || previous.has(next)) continue;
      previous.set(next, node);
      queue.push(next);
    }
  }
  return [start];
}

/**
 * Kahn's algorithm, requirements first: `requirements[v]` lists what v needs. Among the nodes
 * that are ready, the one with the smallest `priority` goes first. Undefined if there is a cycle.
 */
export function topologicalOrder(
  requirements: readonly (readonly number[])[],
  priority: ArrayLike<number>,
): number[] | undefined {
  const n = requirements.length;
  const waiting = new Int32Array(n);
  const dependents: number[][] = Array.from({ length: n }, () => []);
  requirements.forEach((needs, node) => {
    for (const need of new Set(needs)) {
      waiting[node] = (waiting[node] as number) + 1;
      dependents[need]?.push(node);
    }
  });
  const ready = new MinHeap((a, b) => (priority[a] as number) - (priority[b] as number));
  for (let node = 0; node < n; node++) if (waiting[node] === 0) ready.push(node);
  const order: number[] = [];
  while (ready.size > 0) {
    const node = ready.pop();
    order.push(node);
    for (const dependent of dependents[node] ?? []) {
      waiting[dependent] = (waiting[dependent] as number) - 1;
      if (waiting[dependent] === 0) ready.push(dependent);
    }
  }
  return order.length === n ? order : undefined;
}

/** A binary min-heap of numbers under a comparator. */
class MinHeap {
  private readonly items: number[] = [];
  constructor(private readonly compare: (a: number, b: number) => number) {}

  get size(): number {
    return this.items.length;
  }

  push(value: number): void {
    const items = this.items;
    items.push(value);
    let at = items.length - 1;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (this.compare(items[at] as number, items[parent] as number) >= 0) break;
      [items[at], items[parent]] = [items[parent] as number, items[at] as number];
      at = parent;
    }
  }

  pop(): number {
    const items = this.items;
    const top = items[0] as number;
    const last = items.pop() as number;
    if (items.length > 0) {
      items[0] = last;
      let at = 0;
      for (;;) {
        const left = 2 * at + 1;
        const right = left + 1;
        let smallest = at;
        if (
          left < items.length &&
          this.compare(items[left] as number, items[smallest] as number) < 0
        )
          smallest = left;
        if (
          right < items.length &&
          this.compare(items[right] as number, items[smallest] as number) < 0
        )
          smallest = right;
        if (smallest === at) break;
        [items[at], items[smallest]] = [items[smallest] as number, items[at] as number];
        at = smallest;
      }
    }
    return top;
  }
}
