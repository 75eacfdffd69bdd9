/**
 * The graph view's layout, computed at build time with dagre so no layout engine ships to the
 * browser. Left to right: prerequisites to the left of what they unlock, ranks as columns.
 * Measured against top to bottom: equal for the ~40-topic default (about 2,400 × 750 px against
 * 2,400 × 930), but at 1,000 topics top to bottom came out 26 times wider than tall, while left
 * to right stays within 1:4 and scrolls downwards, the way pages do. Titles sit across the
 * ranks, so long titles widen columns instead of pushing every rank apart.
 */
import dagre, { type EdgeLabel, type Graph, type GraphLabel, type NodeLabel } from "@dagrejs/dagre";
import type { CompiledTopic, GraphLayout, LayoutEdge, LayoutNode, LayoutPoint } from "./types.ts";

/** Node box metrics the graph view should draw with, so titles fit the computed boxes. */
export const NODE_STYLE = {
  fontSize: 14,
  lineHeight: 20,
  paddingX: 12,
  paddingY: 10,
  minWidth: 96,
  maxWidth: 240,
} as const;

const GAPS = { nodesep: 20, ranksep: 64, edgesep: 10, marginx: 16, marginy: 16 } as const;

/**
 * Up to this many topics, dagre's network-simplex ranking (shortest edges, the tidiest
 * picture). Beyond it that ranking grows too slow (4.5 minutes for 1,000 topics on a 2-core
 * machine), so each topic goes one rank after its deepest prerequisite instead (linear time).
 */
const NETWORK_SIMPLEX_LIMIT = 100;

/**
 * Lays the topics out: one box per topic sized to its longest title (all languages), an edge per
 * requirement (`requires` for a plain id, `anyOf` with its group index for a group member), and
 * straight `recommends` edges added afterwards so soft links never change the ranks.
 */
export function computeLayout(topics: readonly CompiledTopic[]): GraphLayout {
  const graph = new dagre.graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: false });
  const ranker = topics.length <= NETWORK_SIMPLEX_LIMIT ? "network-simplex" : rankByDepth;
  // dagre runs a ranker function when given one; its type lists only the built-in names.
  graph.setGraph({ rankdir: "LR", ranker: ranker as GraphLabel["ranker"], ...GAPS });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const topic of topics) graph.setNode(topic.id, nodeSize(Object.values(topic.title)));
  const hard: { from: string; to: string; kind: "requires" | "anyOf"; group?: number }[] = [];
  const linked = new Set<string>();
  for (const topic of topics) {
    topic.requires.forEach((group, index) => {
      for (const member of group) {
        const key = `${member}\n${topic.id}`;
        if (linked.has(key)) continue;
        linked.add(key);
        graph.setEdge(member, topic.id);
        hard.push(
          group.length > 1
            ? { from: member, to: topic.id, kind: "anyOf", group: index }
            : { from: member, to: topic.id, kind: "requires" },
        );
      }
    });
  }
  dagre.layout(graph);

  const nodes: LayoutNode[] = topics.map((topic) => {
    const node = graph.node(topic.id);
    return {
      id: topic.id,
      x: Math.round(node.x ?? 0),
      y: Math.round(node.y ?? 0),
      width: node.width,
      height: node.height,
    };
  });
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const edges: LayoutEdge[] = hard.map((edge) => ({
    ...edge,
    points: (graph.edge(edge.from, edge.to).points ?? []).map(roundPoint),
  }));
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
  const size = graph.graph();
  return {
    width: Math.ceil(Number(size.width ?? 0)),
    height: Math.ceil(Number(size.height ?? 0)),
    nodes,
    edges,
  };
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

/** Box size for a title: the widest language decides; long titles wrap onto two lines. */
export function nodeSize(titles: readonly string[]): { width: number; height: number } {
  const text = Math.max(0, ...titles.map(textWidth));
  const inner = NODE_STYLE.maxWidth - 2 * NODE_STYLE.paddingX;
  const lines = Math.min(3, Math.max(1, Math.ceil(text / inner)));
  const width = Math.min(
    NODE_STYLE.maxWidth,
    Math.max(NODE_STYLE.minWidth, Math.ceil(text) + 2 * NODE_STYLE.paddingX),
  );
  return { width, height: lines * NODE_STYLE.lineHeight + 2 * NODE_STYLE.paddingY };
}

/** Estimated rendered width at NODE_STYLE.fontSize: CJK and other wide characters take a full em. */
export function textWidth(text: string): number {
  let em = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x1100 && isWide(code)) em += 1;
    else if (/[A-Z0-9@%&]/.test(char)) em += 0.62;
    else if (/[ilj.,:;'|!()[\]]/.test(char)) em += 0.3;
    else em += 0.52;
  }
  return em * NODE_STYLE.fontSize;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x1f300
  );
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
