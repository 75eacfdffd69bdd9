/**
 * One topic box of the graph: a link to the topic page (Enter or a click opens it, Space ticks
 * it) and, on the box's top-left corner, a round checkbox whose icon shows the state. Memoised on
 * primitive props, so a tick re-renders only the boxes whose state or plan step changed.
 */
import { type KeyboardEvent, memo } from "react";
import type { TopicState } from "../../graph";
import { href } from "../router";
import { MARK_ICONS, type ShownMark } from "../progress-marks/use-marks";

/**
 * Room around each box for the parts that stick out of it (the tick dot on the left, the step
 * and goal badges on the corners, the focus ring). The list item spans box plus margin, so it
 * can skip rendering while off screen (content-visibility) without clipping those parts.
 * Each pair adds up to 20 px, the layout's smallest gap between neighbours, so they never overlap.
 */
export const NODE_MARGIN = { top: 11, right: 9, bottom: 9, left: 11 } as const; // = .graph-node padding

export interface GraphNodeProps {
  readonly id: string;
  /** Box of the node in layout pixels (top-left corner and size). */
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly title: string;
  /** Set when the title is in another language than the page (a fallback). */
  readonly titleLang: string | undefined;
  /** Read after the title by assistive technology: state, plan step, goal. */
  readonly details: string;
  readonly state: TopicState;
  /** The learner's mark besides the state (shown by icon; `details` says it in words). */
  readonly mark?: ShownMark | undefined;
  readonly hasNote?: boolean;
  /** 1-based position on the plan to the goal; 0 when not on it. */
  readonly planStep: number;
  readonly isGoal: boolean;
  readonly goalLabel: string;
  readonly readOnly: boolean;
  readonly onToggle: (id: string, checked: boolean) => void;
}

export const GraphNode = memo(function GraphNode({
  id,
  left,
  top,
  width,
  height,
  title,
  titleLang,
  details,
  state,
  mark,
  hasNote = false,
  planStep,
  isGoal,
  goalLabel,
  readOnly,
  onToggle,
}: GraphNodeProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLAnchorElement>) => {
    if (event.key !== " " || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault(); // not a page scroll
    if (!readOnly) onToggle(id, state !== "done");
  };
  return (
    <li
      className={`graph-node state-${state}`}
      data-topic-id={id}
      data-state={state}
      data-mark={mark}
      data-note={hasNote ? "true" : undefined}
      data-plan-step={planStep > 0 ? planStep : undefined}
      data-goal={isGoal || undefined}
      style={{
        left: left - NODE_MARGIN.left,
        top: top - NODE_MARGIN.top,
        width: width + NODE_MARGIN.left + NODE_MARGIN.right,
        height: height + NODE_MARGIN.top + NODE_MARGIN.bottom,
      }}
    >
      <div className="graph-node-box">
        <a
          className="graph-node-link"
          href={href({ name: "topic", id })}
          draggable={false}
          onKeyDown={onKeyDown}
        >
          <span className="graph-node-title" lang={titleLang}>
            {title}
          </span>{" "}
          <span className="graph-visually-hidden">{details}</span>
        </a>
        <label className={readOnly ? "graph-node-tick is-read-only" : "graph-node-tick"}>
          <input
            type="checkbox"
            className="graph-visually-hidden"
            aria-label={title}
            checked={state === "done"}
            disabled={readOnly}
            // Keyboard users tick with Space on the box; one tab stop per topic is plenty.
            tabIndex={-1}
            onChange={(event) => onToggle(id, event.currentTarget.checked)}
          />
        </label>
        {(mark || hasNote) && (
          <span className="graph-node-marks" aria-hidden="true">
            {mark ? MARK_ICONS[mark] : ""}
            {hasNote ? "✎" : ""}
          </span>
        )}
        {planStep > 0 && (
          <span className="graph-node-step" aria-hidden="true">
            {planStep}
          </span>
        )}
        {isGoal && (
          <span className="graph-node-goal" aria-hidden="true">
            {goalLabel}
          </span>
        )}
      </div>
    </li>
  );
});
