/**
 * The graph view's layout, computed at build time with dagre so no layout engine ships to the
 * browser. Left to right: prerequisites to the left of what they unlock, ranks as columns.
 * Measured against top to bottom: equal for the ~40-topic default (about 2,400 × 750 px against
 * 2,400 × 930), but at 1,000 topics top to bottom came out 26 times wider than tall, while left
 * to right stays within 1:4 and scrolls downwards, the way pages do. Titles sit across the
 * ranks, so long titles widen columns instead of pushing every rank apart. Electives (optional
 * topics) gate nothing, so they are set apart in a band of their own under the main graph,
 * each to the right of its prerequisites: the main path reads without detours. The goal's
 * prerequisites and the topics that need nothing are kept together (a dagre cluster): they are
 * what the view opens on, and together they fit a laptop screen at a readable zoom.
 */
import dagre, { type EdgeLabel, type Graph, type GraphLabel, type NodeLabel } from "@dagrejs/dagre";
import { openingTopics } from "./layout-path.ts";
import { nodeSize } from "./layout-titles.ts";
import type { CompiledTopic, GraphLayout, LayoutEdge, LayoutNode, LayoutPoint } from "./types.ts";

export { NODE_STYLE } from "./layout-titles.ts";

const GAPS = { nodesep: 20, ranksep: 56, edgesep: 10, marginx: 16, marginy: 16 } as const;

/**
 * Up to this many topics, dagre's network-simplex ranking (shortest edges, the tidiest
 * picture). Beyond it that ranking grows too slow (4.5 minutes for 1,000 topics on a 2-core
 * machine), so each topic goes one rank after its deepest prerequisite instead (linear time).
 */
const NETWORK_SIMPLEX_LIMIT = 100;

type DagreGraph = Graph<GraphLabel, NodeLabel, EdgeLabel>;
type HardEdge = { from: string; to: string; kind: "requires" | "anyOf"; group?: number };

/** The cluster holding the opening frame's topics (a dagre compound node, never drawn). */
const OPENING_CLUSTER = "\u0000opening";
/** dagre's balanced placement first, then its four one-sided ones (it otherwise averages them). */
const ALIGNMENTS = [undefined, "DL", "DR", "UL", "UR"] as const;
/**
 * Up to this many topics all five placements are tried; each is a whole dagre run (ranking
 * included), so larger curricula keep the balanced one and the build stays quick.
 */
const ALIGNMENT_SEARCH_LIMIT = 60;

/**
 * Lays the topics out: one box per topic sized to its longest title (all languages), an edge per
 * requirement (`requires` for a plain id, `anyOf` with its group index for a group member), and
 * straight `recommends` edges added afterwards so soft links never change the ranks. With the
 * curriculum's `goal`, the topics the view opens on are kept together, and of dagre's placements
 * the one where they take the least height is kept.
 */
export function computeLayout(topics: readonly CompiledTopic[], goal?: string): GraphLayout {
  const main = topics.filter((topic) => !topic.optional);
  const banded = new Set(topics.filter((topic) => topic.optional).map((topic) => topic.id));
  const hard: HardEdge[] = [];
  const linked = new Set<string>();
  for (const topic of topics) {
    topic.requires.forEach((group, index) => {
      for (const member of group) {
        const key = `${member}\n${topic.id}`;
        if (linked.has(key)) continue;
        linked.add(key);
        hard.push(
          group.length > 1
            ? { from: member, to: topic.id, kind: "anyOf", group: index }
            : { from: member, to: topic.id, kind: "requires" },
        );
      }
    });
  }
  const lay = (opening: readonly string[], align?: GraphLabel["align"]) =>
    layOutMain(
      main,
      hard.filter((edge) => !banded.has(edge.from) && !banded.has(edge.to)),
      {
        opening,
        align,
      },
    );
  // Only where network simplex ranks (the ranking dagre's clusters are built for); a large
  // curriculum's path would not fit a screen anyway.
  const opening = main.length <= NETWORK_SIMPLEX_LIMIT ? openingTopics(main, goal) : [];
  const graph =
    opening.length > 1 && opening.length < main.length
      ? lowestOpening(
          (main.length <= ALIGNMENT_SEARCH_LIMIT ? ALIGNMENTS : ALIGNMENTS.slice(0, 1)).map(
            (align) => lay(opening, align),
          ),
          opening,
        )
      : lay([]);

  const byId = new Map<string, LayoutNode>();
  for (const topic of main) {
    const node = graph.node(topic.id);
    byId.set(topic.id, {
      id: topic.id,
      x: Math.round(node.x ?? 0),
      y: Math.round(node.y ?? 0),
      width: node.width,
      height: node.height,
    });
  }
  const size = graph.graph();
  const mainSize = {
    width: main.length > 0 ? Number(size.width ?? 0) : 0,
    height: main.length > 0 ? Number(size.height ?? 0) : 0,
  };
  const band = placeElectives(
    topics.filter((topic) => banded.has(topic.id)),
    byId,
    mainSize.height,
  );
  const nodes: LayoutNode[] = topics.flatMap((topic) => byId.get(topic.id) ?? []);
  const edges: LayoutEdge[] = hard.map((edge) => {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    // Links into the electives' band are straight: dagre never saw them.
    const points =
      banded.has(edge.from) || banded.has(edge.to)
        ? from && to
          ? straightLine(from, to)
          : []
        : (graph.edge(edge.from, edge.to).points ?? []).map(roundPoint);
    return { ...edge, points };
  });
  for (const topic of topics) {
    for (const other of topic.recommends) {
      if (linked.has(`${other}\n${topic.id}`) || linked.has(`${topic.id}\n${other}`)) continue;
      const from = byId.get(topic.id);
      const to = byId.get(other);
      if (!from || !to) continue;
      linked.add(`${topic.id}\n${other}`);
      edges.push({ from: topic.id, to: other, kind: "recommends", points: straightLine(from, to) });
    }
  }
  return {
    width: Math.ceil(Math.max(mainSize.width, band.right + GAPS.marginx)),
    height: Math.ceil(band.bottom > 0 ? band.bottom + GAPS.marginy : mainSize.height),
    nodes,
    edges,
  };
}

/** One dagre run over the main topics, the `opening` ones (if any) kept together. */
function layOutMain(
  main: readonly CompiledTopic[],
  edges: readonly HardEdge[],
  { opening, align }: { opening: readonly string[]; align: GraphLabel["align"] | undefined },
): DagreGraph {
  const graph: DagreGraph = new dagre.graphlib.Graph({ multigraph: false, compound: true });
  const ranker = main.length <= NETWORK_SIMPLEX_LIMIT ? "network-simplex" : rankByDepth;
  // dagre runs a ranker function when given one; its type lists only the built-in names.
  graph.setGraph({
    rankdir: "LR",
    ranker: ranker as GraphLabel["ranker"],
    ...(align ? { align } : {}),
    ...GAPS,
  });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const topic of main) graph.setNode(topic.id, nodeSize(Object.values(topic.title)));
  for (const edge of edges) graph.setEdge(edge.from, edge.to);
  if (opening.length > 0) {
    graph.setNode(OPENING_CLUSTER, { width: 0, height: 0 });
    for (const id of opening) graph.setParent(id, OPENING_CLUSTER);
  }
  if (main.length > 0) dagre.layout(graph);
  return graph;
}

/** The laid-out graph whose `opening` topics span the least height (the first on a tie). */
function lowestOpening(graphs: readonly DagreGraph[], opening: readonly string[]): DagreGraph {
  const span = (graph: DagreGraph) => {
    const tops = opening.map((id) => (graph.node(id).y ?? 0) - graph.node(id).height / 2);
    const bottoms = opening.map((id) => (graph.node(id).y ?? 0) + graph.node(id).height / 2);
    return Math.max(...bottoms) - Math.min(...tops);
  };
  let best = graphs[0] as DagreGraph;
  for (const graph of graphs) if (span(graph) < span(best)) best = graph;
  return best;
}

/**
 * Places the electives (in the given order, prerequisites first) in rows under the main graph:
 * each one a rank's gap to the right of its rightmost placed prerequisite, in the first row
 * where it overlaps nothing. Adds them to `byId`; returns the band's right and bottom edges.
 */
function placeElectives(
  electives: readonly CompiledTopic[],
  byId: Map<string, LayoutNode>,
  top: number,
): { right: number; bottom: number } {
  const rows: { right: number[]; left: number[]; height: number }[] = [];
  const rowTop = (index: number) =>
    top +
    GAPS.ranksep / 2 +
    rows.slice(0, index).reduce((sum, row) => sum + row.height + GAPS.nodesep, 0);
  const placed: {
    readonly id: string;
    readonly size: { width: number; height: number };
    readonly x: number;
    readonly row: number;
  }[] = [];
  let right = 0;
  for (const topic of electives) {
    const size = nodeSize(Object.values(topic.title));
    const after = topic.requires
      .flat()
      .map((id) => byId.get(id))
      .reduce((edge, node) => (node ? Math.max(edge, node.x + node.width / 2) : edge), 0);
    const left = after > 0 ? after + GAPS.ranksep : GAPS.marginx;
    let row = rows.findIndex((candidate) =>
      candidate.left.every(
        (start, i) =>
          left + size.width + GAPS.nodesep <= start ||
          left >= (candidate.right[i] ?? 0) + GAPS.nodesep,
      ),
    );
    if (row < 0) {
      rows.push({ right: [], left: [], height: 0 });
      row = rows.length - 1;
    }
    const target = rows[row] as (typeof rows)[number];
    target.left.push(left);
    target.right.push(left + size.width);
    target.height = Math.max(target.height, size.height);
    const x = left + size.width / 2;
    placed.push({ id: topic.id, size, x, row });
    // A provisional place, so later electives can sit to the right of this one.
    byId.set(topic.id, { id: topic.id, x: Math.round(x), y: 0, ...size });
    right = Math.max(right, left + size.width);
  }
  // Row heights are known only once every elective is in.
  for (const { id, size, x, row } of placed) {
    const y = rowTop(row) + (rows[row]?.height ?? 0) / 2;
    byId.set(id, { id, x: Math.round(x), y: Math.round(y), ...size });
  }
  return { right, bottom: rows.length > 0 ? rowTop(rows.length) - GAPS.nodesep : 0 };
}

/**
 * Ranks each node one edge length (`minlen`) after its deepest predecessor, sources at 0: a
 * linear-time stand-in for network simplex on large graphs (dagre accepts a ranker function).
 */
function rankByDepth(graph: Graph<unknown, NodeLabel, EdgeLabel>): void {
  const waiting = new Map<string, number>();
  const queue: string[] = [];
  for (const id of graph.nodes()) {
    const count = graph.inEdges(id)?.length ?? 0;
    waiting.set(id, count);
    if (count === 0) queue.push(id);
    graph.node(id).rank = 0;
  }
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] as string;
    const rank = graph.node(id).rank ?? 0;
    for (const edge of graph.outEdges(id) ?? []) {
      const next = graph.node(edge.w);
      next.rank = Math.max(next.rank ?? 0, rank + (graph.edge(edge).minlen ?? 1));
      const left = (waiting.get(edge.w) ?? 1) - 1;
      waiting.set(edge.w, left);
      if (left === 0) queue.push(edge.w);
    }
  }
}

function roundPoint(point: { x: number; y: number }): LayoutPoint {
  return { x: Math.round(point.x), y: Math.round(point.y) };
}

/** A straight segment from box edge to box edge, between the two centres. */
function straightLine(from: LayoutNode, to: LayoutNode): LayoutPoint[] {
  return [roundPoint(boxExit(from, to)), roundPoint(boxExit(to, from))];
}

/** Where the line from `box`'s centre towards `target`'s centre leaves the box. */
function boxExit(box: LayoutNode, target: LayoutNode): LayoutPoint {
  const dx = target.x - box.x;
  const dy = target.y - box.y;
  if (dx === 0 && dy === 0) return { x: box.x, y: box.y };
  const scale = Math.min(
    dx === 0 ? Number.POSITIVE_INFINITY : box.width / 2 / Math.abs(dx),
    dy === 0 ? Number.POSITIVE_INFINITY : box.height / 2 / Math.abs(dy),
  );
  return { x: box.x + dx * scale, y: box.y + dy * scale };
}
