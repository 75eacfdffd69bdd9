/**
 * A small curriculum for the graph tests and a simple layout for it (rows by depth), standing
 * in for the build-time layout so these tests do not depend on the layout engine.
 */
import type {
  CompiledCurriculum,
  GraphLayout,
  LayoutEdge,
  LayoutNode,
} from "../../../src/curriculum/types";
import { makeCurriculum } from "../../fixtures/curriculum-factory";

/**
 * `rnn` needs `neural-nets` and one of probability/algebra; `attention` recommends `gan`;
 * `probability` has no English title; `gan` is an elective.
 */
export const graphCurriculum: CompiledCurriculum = makeCurriculum({
  goal: "attention",
  sections: [
    { id: "basics", title: { zh: "基础", en: "Basics" } },
    { id: "advanced", title: { zh: "进阶", en: "Advanced" } },
  ],
  topics: [
    { id: "algebra", title: { zh: "线性代数", en: "Linear algebra" }, section: "basics", hours: 4 },
    { id: "calculus", title: { zh: "微积分", en: "Calculus" }, section: "basics", hours: 3 },
    { id: "probability", title: { zh: "概率论" }, section: "basics", hours: 2 },
    {
      id: "neural-nets",
      title: { zh: "神经网络", en: "Neural networks" },
      section: "advanced",
      requires: ["algebra", "calculus"],
      hours: 6,
    },
    {
      id: "attention",
      title: { zh: "注意力机制", en: "Attention" },
      section: "advanced",
      requires: ["rnn"],
      recommends: ["gan"],
      hours: 8,
    },
    {
      id: "rnn",
      title: { zh: "循环神经网络", en: "Recurrent networks" },
      section: "advanced",
      requires: ["neural-nets", ["probability", "algebra"]],
      hours: 5,
    },
    {
      id: "gan",
      title: { zh: "生成对抗网络", en: "GANs" },
      section: "advanced",
      requires: ["neural-nets"],
      hours: 4,
      optional: true,
    },
  ],
});

const WIDTH = 120;
const HEIGHT = 40;

/** Rows by longest requirement chain, boxes side by side in topological order. */
export function layoutFor(curriculum: CompiledCurriculum): GraphLayout {
  const depth = new Map<string, number>();
  const byId = new Map(curriculum.topics.map((t) => [t.id, t]));
  for (const id of curriculum.order) {
    const topic = byId.get(id);
    const parents = topic?.requires.flat() ?? [];
    depth.set(id, Math.max(-1, ...parents.map((p) => depth.get(p) ?? 0)) + 1);
  }
  const perRow = new Map<number, number>();
  const nodes: LayoutNode[] = curriculum.order.map((id) => {
    const row = depth.get(id) ?? 0;
    const column = perRow.get(row) ?? 0;
    perRow.set(row, column + 1);
    return { id, x: 80 + column * 160, y: 40 + row * 100, width: WIDTH, height: HEIGHT };
  });
  const at = new Map(nodes.map((n) => [n.id, n]));
  const edges: LayoutEdge[] = [];
  for (const topic of curriculum.topics) {
    const to = at.get(topic.id) as LayoutNode;
    topic.requires.forEach((group, index) => {
      for (const member of group) {
        const from = at.get(member) as LayoutNode;
        const points = [
          { x: from.x, y: from.y + HEIGHT / 2 },
          { x: to.x, y: to.y - HEIGHT / 2 },
        ];
        edges.push(
          group.length > 1
            ? { from: member, to: topic.id, kind: "anyOf", group: index, points }
            : { from: member, to: topic.id, kind: "requires", points },
        );
      }
    });
    for (const other of topic.recommends) {
      const target = at.get(other) as LayoutNode;
      edges.push({
        from: topic.id,
        to: other,
        kind: "recommends",
        points: [
          { x: to.x, y: to.y },
          { x: target.x, y: target.y },
        ],
      });
    }
  }
  const width = Math.max(...nodes.map((n) => n.x + WIDTH / 2)) + 40;
  const height = Math.max(...nodes.map((n) => n.y + HEIGHT / 2)) + 40;
  return { width, height, nodes, edges };
}

export const graphLayout: GraphLayout = layoutFor(graphCurriculum);
