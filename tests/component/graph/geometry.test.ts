import type { GraphLayout } from "../../../src/curriculum/types";
import {
  edgeGeometry,
  JUNCTION_RISE,
  JUNCTION_SIDE_OFFSET,
  junctionPoint,
  pathThrough,
  sideOf,
} from "../../../src/ui/graph/edge-geometry";
import {
  fitScale,
  initialScale,
  MAX_SCALE,
  minScale,
  scrollAfterZoom,
  scrollToCentre,
} from "../../../src/ui/graph/viewport-math";

describe("viewport arithmetic", () => {
  it.each([
    // view, content, expected fit (margin 8 on each side)
    [{ width: 416, height: 316 }, { width: 200, height: 100 }, 2],
    [{ width: 216, height: 1016 }, { width: 400, height: 100 }, 0.5],
    [{ width: 1016, height: 116 }, { width: 100, height: 400 }, 0.25],
    [{ width: 4016, height: 4016 }, { width: 10, height: 10 }, MAX_SCALE],
    [{ width: 0, height: 300 }, { width: 100, height: 100 }, 1],
  ])("fits %o around %o at %f", (view, content, expected) => {
    expect(fitScale(view, content)).toBeCloseTo(expected, 6);
  });

  it.each([
    [{ width: 1016, height: 1016 }, { width: 1000, height: 1000 }, 1],
    [{ width: 816, height: 816 }, { width: 1000, height: 1000 }, 0.8],
    [{ width: 316, height: 316 }, { width: 1000, height: 1000 }, 1],
  ])("opens %o over %o at %f", (view, content, expected) => {
    expect(initialScale(view, content)).toBeCloseTo(expected, 6);
  });

  it("always allows zooming out far enough to see the whole graph", () => {
    const view = { width: 400, height: 300 };
    const huge = { width: 40_000, height: 30_000 };
    expect(minScale(view, huge)).toBeLessThanOrEqual(fitScale(view, huge));
    expect(minScale(view, { width: 100, height: 100 })).toBe(0.25);
  });

  it.each([
    [1, 2, { x: 0, y: 0 }],
    [1, 2, { x: 200, y: 150 }],
    [2, 0.5, { x: 37, y: 91 }],
    [0.3, 1.7, { x: 390, y: 10 }],
  ])("zooming from %f to %f keeps the drawing under %o in place", (from, to, anchor) => {
    const view = { width: 400, height: 300 };
    const content = { width: 2000, height: 1500 };
    const scroll = { left: 120, top: 80 };
    const next = scrollAfterZoom({ view, content, scroll, from, to, anchor });
    // The drawing point under the anchor, before and after (no centring: content is larger).
    const before = { x: (anchor.x + scroll.left) / from, y: (anchor.y + scroll.top) / from };
    const after = { x: (anchor.x + next.left) / to, y: (anchor.y + next.top) / to };
    expect(after.x).toBeCloseTo(before.x, 6);
    expect(after.y).toBeCloseTo(before.y, 6);
  });

  it("centres a point, counting the margin that centres a small drawing", () => {
    const view = { width: 400, height: 300 };
    expect(scrollToCentre(view, { width: 2000, height: 2000 }, 1, { x: 1000, y: 500 })).toEqual({
      left: 800,
      top: 350,
    });
    // 200 x 100 at scale 1 sits 100 px in from the left, 100 px down from the top.
    expect(scrollToCentre(view, { width: 200, height: 100 }, 1, { x: 100, y: 50 })).toEqual({
      left: 0,
      top: 0,
    });
  });
});

describe("edge geometry", () => {
  it.each([
    [[{ x: 0, y: 0 }], "M0 0"],
    [
      [
        { x: 0, y: 0 },
        { x: 10, y: 20 },
      ],
      "M0 0 L10 20",
    ],
    [
      [
        { x: 0, y: 0 },
        { x: 10, y: 20 },
        { x: 30, y: 40 },
      ],
      "M0 0 L5 10 Q10 20 30 40",
    ],
  ])("draws a path through %o", (points, d) => {
    expect(pathThrough(points)).toBe(d);
  });

  const box = (id: string, x: number, y: number) => ({ id, x, y, width: 100, height: 40 });
  const layout: GraphLayout = {
    width: 400,
    height: 300,
    nodes: [box("a", 60, 40), box("b", 200, 40), box("c", 340, 40), box("t", 200, 200)],
    edges: [
      {
        from: "a",
        to: "t",
        kind: "anyOf",
        group: 1,
        points: [
          { x: 60, y: 60 },
          { x: 150, y: 175 },
          { x: 180, y: 180 },
        ],
      },
      {
        from: "b",
        to: "t",
        kind: "anyOf",
        group: 1,
        points: [
          { x: 200, y: 60 },
          { x: 200, y: 180 },
        ],
      },
      {
        from: "c",
        to: "t",
        kind: "requires",
        points: [
          { x: 340, y: 60 },
          { x: 220, y: 180 },
        ],
      },
      { from: "c", to: "gone", kind: "requires", points: [] },
    ],
  };

  it("routes the members of a group into one junction above the topic", () => {
    const { edges, junctions } = edgeGeometry(layout);
    expect(junctions).toHaveLength(1);
    const [junction] = junctions;
    expect(junction).toMatchObject({ to: "t", group: 1, members: ["a", "b"] });
    // Just above the box's top edge (200 - 20), at the mean of where the members arrive.
    expect(junction?.y).toBe(180 - JUNCTION_RISE);
    expect(junction?.x).toBe(190);
    const ends = edges
      .filter((edge) => edge.kind === "anyOf")
      .map((edge) =>
        edge.d
          .split(/[ MLQ]+/)
          .slice(-2)
          .join(" "),
      );
    expect(ends).toEqual(["190 160", "190 160"]);
    expect(junction?.stem).toBe("M190 160 L190 180");
  });

  it("keeps plain requirements as drawn and drops links to unknown topics", () => {
    const { edges } = edgeGeometry(layout);
    expect(edges.map((edge) => `${edge.from}>${edge.to}:${edge.kind}`).sort()).toEqual([
      "a>t:anyOf",
      "b>t:anyOf",
      "c>t:requires",
    ]);
    expect(edges.find((edge) => edge.kind === "requires")?.d).toBe("M340 60 L220 180");
  });

  const target = { id: "t", x: 200, y: 100, width: 100, height: 40 };

  it.each([
    [{ x: 200, y: 80 }, "top"],
    [{ x: 200, y: 120 }, "bottom"],
    [{ x: 150, y: 95 }, "left"],
    [{ x: 250, y: 110 }, "right"],
  ] as const)("finds that %o lies on the %s side", (point, side) => {
    expect(sideOf(target, point)).toBe(side);
  });

  it.each([
    // arrivals, group index, group count, junction, foot
    [[{ x: 150, y: 100 }], 0, 1, { x: 150 - JUNCTION_SIDE_OFFSET, y: 100 }, { x: 150, y: 100 }],
    [[{ x: 250, y: 90 }], 0, 1, { x: 250 + JUNCTION_SIDE_OFFSET, y: 90 }, { x: 250, y: 90 }],
    [[{ x: 180, y: 80 }], 0, 1, { x: 180, y: 80 - JUNCTION_RISE }, { x: 180, y: 80 }],
    // Two groups arriving from the left share the side: thirds of its height.
    [[{ x: 150, y: 100 }], 1, 2, { x: 150 - JUNCTION_SIDE_OFFSET, y: 106.7 }, { x: 150, y: 106.7 }],
  ])("puts the mark for arrivals %o (group %i of %i) at %o", (arrivals, index, count, at, foot) => {
    const result = junctionPoint(target, index, count, arrivals);
    expect(result.at).toEqual(at);
    expect(result.foot).toEqual(foot);
  });

  it("ends the member routes of a left-to-right layout at a mark beside the topic", () => {
    const sideways: GraphLayout = {
      width: 400,
      height: 200,
      nodes: [box("a", 60, 40), box("b", 60, 160), box("t", 300, 100)],
      edges: [
        {
          from: "a",
          to: "t",
          kind: "anyOf",
          group: 0,
          points: [
            { x: 110, y: 40 },
            { x: 200, y: 80 },
            { x: 240, y: 96 },
            { x: 250, y: 96 },
          ],
        },
        {
          from: "b",
          to: "t",
          kind: "anyOf",
          group: 0,
          points: [
            { x: 110, y: 160 },
            { x: 250, y: 104 },
          ],
        },
      ],
    };
    const { edges, junctions } = edgeGeometry(sideways);
    expect(junctions[0]).toMatchObject({ x: 250 - JUNCTION_SIDE_OFFSET, y: 100 });
    // The route point at x = 240 lies between the mark and the box, so it is dropped.
    const mark = 250 - JUNCTION_SIDE_OFFSET;
    expect(edges.find((edge) => edge.from === "a")?.d).toBe(`M110 40 L155 60 Q200 80 ${mark} 100`);
    expect(junctions[0]?.stem).toBe(`M${mark} 100 L250 100`);
  });
});
