/**
 * Turns the build-time layout's edges into SVG paths. Members of one `anyOf` group are routed
 * into a shared junction just outside the topic that needs them, where a "1 of N" mark sits, so
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

/** How far outside a topic's box the "1 of N" mark sits: above/below, or beside (wider mark). */
export const JUNCTION_RISE = 20;
export const JUNCTION_SIDE_OFFSET = 30;
/** Keeps the mark clear of the box's rounded corners. */
const CORNER_MARGIN = 18;

export type Side = "top" | "bottom" | "left" | "right";

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

/** The side of `box` that `point` (usually on its border) lies on. */
export function sideOf(box: LayoutNode, point: LayoutPoint): Side {
  const dx = (point.x - box.x) / (box.width / 2 || 1);
  const dy = (point.y - box.y) / (box.height / 2 || 1);
  if (Math.abs(dx) >= Math.abs(dy)) return dx < 0 ? "left" : "right";
  return dy < 0 ? "top" : "bottom";
}

/** Unit vector pointing out of a box side. */
function outward(side: Side): LayoutPoint {
  switch (side) {
    case "top":
      return { x: 0, y: -1 };
    case "bottom":
      return { x: 0, y: 1 };
    case "left":
      return { x: -1, y: 0 };
    case "right":
      return { x: 1, y: 0 };
  }
}

/**
 * Where a group's junction sits: outside the side of `target` its members arrive at (so it works
 * for top-to-bottom and left-to-right layouts alike), spread along that side when the topic has
 * several groups, else in line with where the members arrive. `foot` is where the stem meets the
 * box.
 */
export function junctionPoint(
  target: LayoutNode,
  groupIndex: number,
  groupCount: number,
  arrivals: readonly LayoutPoint[],
): { at: LayoutPoint; foot: LayoutPoint; side: Side } {
  const mean = arrivals.length
    ? {
        x: arrivals.reduce((sum, p) => sum + p.x, 0) / arrivals.length,
        y: arrivals.reduce((sum, p) => sum + p.y, 0) / arrivals.length,
      }
    : { x: target.x, y: target.y - target.height };
  const side = sideOf(target, mean);
  const horizontal = side === "top" || side === "bottom";
  // Position along the side: spread for several groups, else in line with the arrivals.
  const start = horizontal ? target.x - target.width / 2 : target.y - target.height / 2;
  const length = horizontal ? target.width : target.height;
  const margin = Math.min(CORNER_MARGIN, length / 4);
  const along =
    groupCount > 1
      ? start + ((groupIndex + 1) * length) / (groupCount + 1)
      : Math.min(start + length - margin, Math.max(start + margin, horizontal ? mean.x : mean.y));
  const normal = outward(side);
  const edge = horizontal ? target.height / 2 : target.width / 2;
  const offset = horizontal ? JUNCTION_RISE : JUNCTION_SIDE_OFFSET;
  const footAt = (distance: number): LayoutPoint =>
    horizontal
      ? { x: round(along), y: target.y + normal.y * distance }
      : { x: target.x + normal.x * distance, y: round(along) };
  return { at: footAt(edge + offset), foot: footAt(edge), side };
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
    const { at, foot, side } = junctionPoint(
      target,
      siblings.indexOf(sample.group),
      siblings.length,
      arrivals,
    );
    const normal = outward(side);
    // How far a point lies outside the target along the junction's side.
    const outside = (p: LayoutPoint) => (p.x - target.x) * normal.x + (p.y - target.y) * normal.y;
    for (const edge of list) {
      // Drop route points between the junction and the box, then end the route at the junction.
      const route = edge.points.filter((p, i) => i === 0 || outside(p) > outside(at) + 4);
      edges.push({
        key: `anyOf:${edge.from}>${edge.to}`,
        from: edge.from,
        to: edge.to,
        kind: "anyOf",
        d: pathThrough([...route, at]),
      });
    }
    junctions.push({
      key: groupKey,
      to: sample.to,
      group: sample.group,
      members: list.map((edge) => edge.from),
      x: at.x,
      y: at.y,
      stem: pathThrough([at, foot]),
    });
  }
  return { edges, junctions };
}
