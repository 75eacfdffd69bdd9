/**
 * The graph's links, drawn in one SVG under the topic boxes. Decorative for assistive
 * technology (the same facts are on each topic page and in the outline), so it is aria-hidden;
 * each path still carries data attributes naming its ends, for tests and styling.
 * Arrowheads come from the stylesheet (marker-end by class), which saves an attribute on each of
 * thousands of paths; the marker ids are therefore fixed, and one graph is shown per page.
 */
import { memo } from "react";
import type { EdgeGeometry, EdgeShape, Junction } from "./edge-geometry";

export interface EdgeHighlights {
  readonly done: ReadonlySet<string>;
  /** Topics on the plan to the goal. */
  readonly plan: ReadonlySet<string>;
}

export interface GraphEdgesProps {
  readonly width: number;
  readonly height: number;
  readonly geometry: EdgeGeometry;
  readonly highlights: EdgeHighlights;
  /** Builds the "1 of N" label in the reading language. */
  readonly oneOf: (count: number) => string;
}

type Tone = "plain" | "satisfied" | "plan";

function toneOf(from: readonly string[], to: string, { done, plan }: EdgeHighlights): Tone {
  if (plan.has(to) && from.some((id) => plan.has(id))) return "plan";
  if (from.some((id) => done.has(id))) return "satisfied";
  return "plain";
}

export function GraphEdges({ width, height, geometry, highlights, oneOf }: GraphEdgesProps) {
  const soft = geometry.edges.filter((edge) => edge.kind === "recommends");
  const hard = geometry.edges.filter((edge) => edge.kind !== "recommends");
  return (
    <svg
      className="graph-edges"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        {(["plain", "satisfied", "plan"] as const).map((tone) => (
          <marker
            key={tone}
            id={`graph-arrow-${tone}`}
            className={`graph-marker graph-marker-${tone}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            markerUnits="userSpaceOnUse"
            orient="auto"
          >
            <path d="M0 0L10 5L0 10z" />
          </marker>
        ))}
      </defs>
      <g className="graph-soft-links">
        {soft.map((edge) => (
          <EdgePath key={edge.key} edge={edge} tone="plain" />
        ))}
      </g>
      <g className="graph-links">
        {hard.map((edge) => {
          const tone = toneOf([edge.from], edge.to, highlights);
          return <EdgePath key={edge.key} edge={edge} tone={tone} />;
        })}
      </g>
      <g className="graph-junctions">
        {geometry.junctions.map((junction) => {
          const tone = toneOf(junction.members, junction.to, highlights);
          return (
            <JunctionMark
              key={junction.key}
              junction={junction}
              tone={tone}
              label={oneOf(junction.members.length)}
            />
          );
        })}
      </g>
    </svg>
  );
}

// Memoised on the shape object (stable per layout) and two strings, so a tick repaints only
// the links whose tone changed.
const EdgePath = memo(function EdgePath({ edge, tone }: { edge: EdgeShape; tone: Tone }) {
  return (
    <path
      className={`graph-link graph-link-${edge.kind} tone-${tone}`}
      d={edge.d}
      data-from={edge.from}
      data-to={edge.to}
      data-kind={edge.kind}
    />
  );
});

/** Rough width of the mark's label at 11px: wide (CJK) characters take a full em. */
function labelWidth(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) > 0x2e80 ? 11 : 6.4;
  return Math.ceil(width) + 12;
}

const JunctionMark = memo(function JunctionMark({
  junction,
  tone,
  label,
}: {
  junction: Junction;
  tone: Tone;
  label: string;
}) {
  const width = labelWidth(label);
  return (
    <g
      className={`graph-junction tone-${tone}`}
      data-to={junction.to}
      data-members={junction.members.join(" ")}
    >
      <path className={`graph-link graph-link-stem tone-${tone}`} d={junction.stem} />
      <rect
        x={junction.x - width / 2}
        y={junction.y - 8}
        width={width}
        height={16}
        rx={8}
        className="graph-junction-box"
      />
      <text x={junction.x} y={junction.y} className="graph-junction-label">
        {label}
      </text>
    </g>
  );
});
