/**
 * Turns the build-time layout's edges into SVG paths. Members of one `anyOf` group are routed
 * into a shared junction just above the topic that needs them, where a "1 of N" mark sits, so
 * "any one of these" reads at a glance; a short stem then carries the arrow into the topic.
 */
import type { GraphLayout, LayoutEdge, LayoutNode, LayoutPoint } from "../../curriculum/types";

export interface EdgeShape {
  readonly key: string;
  readonly from: string;
  readonly to: string;
  readonly kind: LayoutEdge["kind"];
  readonly d: string;
}

export interface Junction {
  readonly key: string;
  readonly to: string;
  readonly group: number;
  /** Topics joined at this mark, in layout order. */
  readonly members: readonly string[];
  readonly x: number;
  readonly y: number;
  /** From the junction down to the topic's box. */
  readonly stem: string;
}

export interface EdgeGeometry {
  readonly edges: readonly EdgeShape[];
  readonly junctions: readonly Junction[];
}

/** How far above a topic's box the "1 of N" mark sits. */
export const JUNCTION_RISE = 20;
/** Keeps the mark clear of the box's rounded corners. */
const CORNER_MARGIN = 18;

const round = (value: number) => Math.round(value * 10) / 10;
const mid = (a: LayoutPoint, b: LayoutPoint): LayoutPoint => ({
  x: (a.x + b.x) / 2,
  y: (a.y + b.y) / 2,
});

/**
 * A smooth path through the layout's route points: straight for two points, otherwise
 * quadratic curves that bend at each inner point, ending along the last segment (so an arrow
 * marker at the end points the right way).
 */
export function pathThrough(points: readonly LayoutPoint[]): string {
  const [first] = points;
  if (!first) return "";
  const at = (p: LayoutPoint) => `${round(p.x)} ${round(p.y)}`;
  if (points.length <= 2) return points.map((p, i) => `${i === 0 ? "M" : "L"}${at(p)}`).join(" ");
  const parts = [`M${at(first)}`];
  const second = points[1] as LayoutPoint;
  parts.push(`L${at(mid(first, second))}`);
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i] as LayoutPoint;
    const next = points[i + 1] as LayoutPoint;
    const end = i === points.length - 2 ? next : mid(p, next);
    parts.push(`Q${at(p)} ${at(end)}`);
  }
  return parts.join(" ");
}

/** Where a group's junction sits above `target`: spread along the top when there are several. */
export function junctionPoint(
  target: LayoutNode,
  groupIndex: number,
  groupCount: number,
  arrivals: readonly LayoutPoint[],
): LayoutPoint {
  const left = target.x - target.width / 2;
  const top = target.y - target.height / 2;
  let x: number;
  if (groupCount > 1) {
    x = left + ((groupIndex + 1) * target.width) / (groupCount + 1);
  } else {
    const mean = arrivals.length
      ? arrivals.reduce((sum, p) => sum + p.x, 0) / arrivals.length
      : target.x;
    x = Math.min(left + target.width - CORNER_MARGIN, Math.max(left + CORNER_MARGIN, mean));
  }
  return { x: round(x), y: top - JUNCTION_RISE };
}

/** Builds every edge path and anyOf junction; edges naming a topic the layout lacks are dropped. */
export function edgeGeometry(layout: GraphLayout): EdgeGeometry {
  const nodes = new Map(layout.nodes.map((node) => [node.id, node]));
  const groups = new Map<string, LayoutEdge[]>();
  const edges: EdgeShape[] = [];
  const seen = new Set<string>();

  for (const edge of layout.edges) {
    if (!nodes.has(edge.from) || !nodes.has(edge.to)) continue;
    const key = `${edge.kind}:${edge.from}>${edge.to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (edge.kind === "anyOf" && edge.group !== undefined) {
      const groupKey = `${edge.to}#${edge.group}`;
      const list = groups.get(groupKey) ?? [];
      list.push(edge);
      groups.set(groupKey, list);
      continue;
    }
    edges.push({ key, from: edge.from, to: edge.to, kind: edge.kind, d: pathThrough(edge.points) });
  }

  const groupsPerTarget = new Map<string, number[]>();
  for (const list of groups.values()) {
    const [sample] = list;
    if (!sample || sample.group === undefined) continue;
    const indices = groupsPerTarget.get(sample.to) ?? [];
    indices.push(sample.group);
    groupsPerTarget.set(sample.to, indices);
  }

  const junctions: Junction[] = [];
  for (const [groupKey, list] of groups) {
    const [sample] = list;
    if (!sample || sample.group === undefined) continue;
    const target = nodes.get(sample.to) as LayoutNode;
    const siblings = (groupsPerTarget.get(sample.to) ?? [sample.group]).sort((a, b) => a - b);
    const arrivals = list.map((edge) => edge.points.at(-1)).filter((p) => p !== undefined);
    const junction = junctionPoint(
      target,
      siblings.indexOf(sample.group),
      siblings.length,
      arrivals,
    );
    for (const edge of list) {
      // Drop route points below the junction, then end the route at the junction.
      const route = edge.points.filter((p, i) => i === 0 || p.y < junction.y - 4);
      edges.push({
        key: `anyOf:${edge.from}>${edge.to}`,
        from: edge.from,
        to: edge.to,
        kind: "anyOf",
        d: pathThrough([...route, junction]),
      });
    }
    const top = target.y - target.height / 2;
    junctions.push({
      key: groupKey,
      to: sample.to,
      group: sample.group,
      members: list.map((edge) => edge.from),
      x: junction.x,
      y: junction.y,
      stem: pathThrough([junction, { x: junction.x, y: top }]),
    });
  }
  return { edges, junctions };
}
