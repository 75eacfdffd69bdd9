/**
 * The prerequisite graph for a done set: every topic as a box in its state, every requirement as
 * a link, the plan to the goal numbered, and where the learner stands. Reused read-only by the
 * shared-progress view (pass the shared done set and `readOnly`).
 */
import "./graph.css";
import "./graph-nodes.css";
import "./graph-links.css";
import { useCallback, useId, useMemo, useRef, useState } from "react";
import type { GraphLayout, LayoutNode } from "../../curriculum/types";
import { nextUp, planTo, type StatusMap } from "../../graph";
import { useDoneIds, useGraph, useProgress, useTopicStates } from "../app-context";
import { useTick } from "../feedback/use-tick";
import { useI18n } from "../i18n";
import { type ShownMark, shownMarkIn, topicNote } from "../progress-marks/use-marks";
import { type EdgeGeometry, edgeGeometry } from "./edge-geometry";
import { GraphCanvas } from "./graph-canvas";
import { GraphEdges } from "./graph-edges";
import { GraphLegend } from "./graph-legend";
import { GraphNode } from "./graph-node";
import { GraphToolbar } from "./graph-toolbar";
import { useLayout } from "./use-layout";
import { Viewport } from "./viewport";
import { type Box, boundingBox } from "./viewport-math";

// Edge paths depend on the layout only: computed once per layout, also across visits.
const geometries = new WeakMap<GraphLayout, EdgeGeometry>();
function geometryFor(layout: GraphLayout): EdgeGeometry {
  let geometry = geometries.get(layout);
  if (!geometry) {
    geometry = edgeGeometry(layout);
    geometries.set(layout, geometry);
  }
  return geometry;
}

export interface GraphViewProps {
  /** Canonical done ids; default the learner's own progress. */
  readonly done?: ReadonlySet<string>;
  /** Someone else's progress: boxes cannot be ticked. */
  readonly readOnly?: boolean;
  /** With `readOnly`: the marks to show (a shared link's known and in-progress topics). */
  readonly marks?: ReadonlyMap<string, ShownMark>;
  /** Goal topic; default the learner's chosen goal (own progress) or the curriculum's goal. */
  readonly goal?: string;
}

export function GraphView({ done, readOnly = false, marks, goal }: GraphViewProps) {
  const { t } = useI18n();
  const result = useLayout();
  if (result.status === "loading") {
    return (
      <p className="graph-loading" aria-busy="true">
        {t.graph.loading}
      </p>
    );
  }
  if (result.status === "error") {
    return (
      <div role="alert" className="notice">
        <p>{t.graph.loadError}</p>
        <button type="button" onClick={result.retry}>
          {t.graph.retry}
        </button>
      </div>
    );
  }
  return (
    <LoadedGraph layout={result.layout} done={done} readOnly={readOnly} marks={marks} goal={goal} />
  );
}

interface LoadedGraphProps {
  readonly layout: GraphLayout;
  readonly done: ReadonlySet<string> | undefined;
  readonly readOnly: boolean;
  readonly marks: ReadonlyMap<string, ShownMark> | undefined;
  readonly goal: string | undefined;
}

function LoadedGraph({ layout, done, readOnly, marks, goal }: LoadedGraphProps) {
  const graph = useGraph();
  const { t, localize } = useI18n();
  const own = useDoneIds();
  const doneSet = done ?? own;
  const states = useTopicStates(doneSet);
  const chosenGoal = useProgress((state) => state.goal);
  // The learner's own marks and notes; a shared view (readOnly) shows the link's marks instead.
  const known = useProgress((state) => state.known);
  const inProgress = useProgress((state) => state.inProgress);
  const notes = useProgress((state) => state.notes);
  const wanted = goal ?? (readOnly ? undefined : chosenGoal) ?? graph.curriculum.goal;
  const goalId = graph.canonicalId(wanted) ?? graph.curriculum.goal;
  const { toggle } = useTick();
  const [viewport] = useState(() => new Viewport());
  const helpId = useId();
  const rootRef = useRef<HTMLDivElement>(null);

  const plan = useMemo(() => planTo(graph, doneSet, goalId), [graph, doneSet, goalId]);
  const planSteps = useMemo(() => new Map(plan.topics.map((id, index) => [id, index + 1])), [plan]);
  const positionId = useMemo(
    () => nextUp(graph, doneSet, goalId, 1)[0] ?? (graph.topic(goalId) ? goalId : undefined),
    [graph, doneSet, goalId],
  );
  const nodes = useMemo(() => new Map(layout.nodes.map((node) => [node.id, node])), [layout]);
  const geometry = useMemo(() => geometryFor(layout), [layout]);
  const highlights = useMemo(
    () => ({ done: doneSet, plan: new Set(plan.topics) }),
    [doneSet, plan],
  );
  const positionNode = positionId ? nodes.get(positionId) : undefined;
  // The learner's path: the plan to the goal and what is available now (electives, set apart
  // in their own band, only when the plan holds them), with the goal.
  const pathBox = useMemo(() => {
    const ids = new Set(plan.topics);
    for (const [id, status] of states) {
      if (status.state === "available" && !graph.topic(id)?.optional) ids.add(id);
    }
    if (plan.topics.length > 0) ids.add(goalId);
    return boxAround(ids, nodes);
  }, [graph, plan, states, goalId, nodes]);
  // The view opens on the whole path when it fits at a readable zoom; else on the plan alone
  // (what else is ready may lie far off it); else on the path's start (see Viewport.openOn).
  const openingFrames = useMemo(() => {
    const planBox = plan.topics.length > 0 ? boxAround([...plan.topics, goalId], nodes) : undefined;
    return [pathBox, planBox].filter((box): box is Box => box !== undefined);
  }, [pathBox, plan, goalId, nodes]);

  const showTopic = useCallback(
    (id: string) => {
      const node = nodes.get(id);
      if (!node) return;
      viewport.centreOn(node);
      // Compared as data, not spliced into a selector: ids need no escaping this way.
      const boxes = rootRef.current?.querySelectorAll<HTMLElement>(".graph-node") ?? [];
      const box = Array.from(boxes).find((element) => element.dataset.topicId === id);
      box?.querySelector("a")?.focus({ preventScroll: true });
    },
    [nodes, viewport],
  );

  const onToggle = useCallback(
    (id: string, checked: boolean) => {
      if (!readOnly) toggle(id, checked);
    },
    [readOnly, toggle],
  );

  if (graph.order.length === 0) return <p>{t.graph.empty}</p>;

  const goalTopic = graph.topic(goalId);
  const goalTitle = goalTopic ? localize(goalTopic.title).text : goalId;

  return (
    <div className="graph-view" ref={rootRef}>
      <p className="graph-summary">
        {positionSummary(states, t.graph.summary)}
        {goalTopic &&
          ` ${
            plan.topics.length === 0
              ? t.graph.goalDone(goalTitle)
              : t.graph.goalAway(goalTitle, plan.topics.length, plan.hours)
          }`}
      </p>
      <GraphToolbar
        viewport={viewport}
        curriculum={graph.curriculum}
        onShowTopic={showTopic}
        positionId={positionId}
        pathBox={pathBox}
      />
      <GraphCanvas
        layout={layout}
        viewport={viewport}
        label={t.graph.canvas}
        helpId={helpId}
        initialFocus={positionNode}
        initialFrames={openingFrames}
        edges={
          <GraphEdges
            width={layout.width}
            height={layout.height}
            geometry={geometry}
            highlights={highlights}
            oneOf={t.graph.oneOf}
          />
        }
      >
        {graph.order.map((id) => {
          const node = nodes.get(id);
          const topic = graph.topic(id);
          const status = states.get(id);
          if (!node || !topic || !status) return null;
          const title = localize(topic.title);
          const step = planSteps.get(id) ?? 0;
          const stateLabel =
            status.state === "done" && status.doneWithUnmet
              ? t.shell.state.doneWithUnmet
              : t.shell.state[status.state];
          const details = [stateLabel];
          if (step > 0) details.push(t.graph.planStep(step, plan.topics.length));
          if (id === goalId) details.push(t.graph.goal);
          const mark = readOnly
            ? marks?.get(id)
            : shownMarkIn(known, inProgress, doneSet, id, topic.aliases);
          const hasNote = !readOnly && topicNote(notes, id, topic.aliases) !== "";
          if (mark) details.push(t.marks.badge[mark]);
          if (hasNote) details.push(t.marks.hasNote);
          return (
            <GraphNode
              key={id}
              id={id}
              left={node.x - node.width / 2}
              top={node.y - node.height / 2}
              width={node.width}
              height={node.height}
              title={title.text}
              titleLang={title.fallback ? title.lang : undefined}
              details={t.graph.nodeDetails(details)}
              state={status.state}
              mark={mark}
              hasNote={hasNote}
              planStep={step}
              isGoal={id === goalId}
              goalLabel={t.graph.goal}
              readOnly={readOnly}
              onToggle={onToggle}
            />
          );
        })}
      </GraphCanvas>
      {/* Under the canvas, so the canvas starts high enough to show the whole path on a laptop. */}
      <p id={helpId} className="graph-help">
        {readOnly ? t.graph.readOnlyHelp : t.graph.keyboardHelp}
      </p>
      <GraphLegend />
    </div>
  );
}

/** "N of M topics done; K available now." */
function positionSummary(
  states: StatusMap,
  summary: (done: number, total: number, available: number) => string,
): string {
  let done = 0;
  let available = 0;
  for (const status of states.values()) {
    if (status.state === "done") done++;
    else if (status.state === "available") available++;
  }
  return summary(done, states.size, available);
}

/** The box around the given topics' boxes, in layout pixels. */
function boxAround(ids: Iterable<string>, nodes: ReadonlyMap<string, LayoutNode>): Box | undefined {
  return boundingBox(
    [...ids].flatMap((id) => {
      const node = nodes.get(id);
      if (!node) return [];
      const { x, y, width, height } = node;
      return [{ x: x - width / 2, y: y - height / 2, width, height }];
    }),
  );
}
