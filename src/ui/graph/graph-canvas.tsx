/**
 * The scrollable, zoomable drawing: the links (SVG) under an ordered list of topic boxes in
 * topological order, which is also the Tab order. Zoom and pan go through the Viewport
 * controller straight to the DOM, so they never re-render the boxes.
 */
import { type ReactNode, useEffect, useLayoutEffect, useRef } from "react";
import type { GraphLayout } from "../../curriculum/types";
import { useCanvasGestures } from "./use-gestures";
import type { Point, Viewport } from "./viewport";
import type { Box } from "./viewport-math";

export interface GraphCanvasProps {
  readonly layout: GraphLayout;
  readonly viewport: Viewport;
  /** Accessible name and keyboard help of the canvas. */
  readonly label: string;
  readonly helpId: string;
  /** Where the learner stands; the view opens around it when no frame fits. */
  readonly initialFocus: Point | undefined;
  /**
   * What the view may open on, the preferred first (the learner's path with what else is ready,
   * then the path alone); the whole graph's middle when empty.
   */
  readonly initialFrames?: readonly Box[];
  readonly edges: ReactNode;
  /** The topic boxes (list items). */
  readonly children: ReactNode;
}

export function GraphCanvas({
  layout,
  viewport,
  label,
  helpId,
  initialFocus,
  initialFrames = [],
  edges,
  children,
}: GraphCanvasProps) {
  const scrollerRef = useRef<HTMLElement>(null);
  const sizerRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const onKeyDown = useCanvasGestures(scrollerRef, viewport);
  // Only the first placement uses it: later progress must not yank the view around.
  const focusRef = useRef(initialFocus);
  const framesRef = useRef(initialFrames);

  const { width, height } = layout;
  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    const sizer = sizerRef.current;
    const stage = stageRef.current;
    if (!scroller || !sizer || !stage) return;
    markTop(scroller);
    viewport.attach({ scroller, sizer, stage }, { width, height });
    if (framesRef.current.length > 0) viewport.openOn(framesRef.current, focusRef.current);
    else viewport.reset(focusRef.current);
    return () => viewport.detach();
  }, [viewport, width, height]);

  // Keep the part of the drawing in the middle of the view there when the canvas resizes.
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller || typeof ResizeObserver === "undefined") return;
    let last = { width: scroller.clientWidth, height: scroller.clientHeight };
    const observer = new ResizeObserver(() => {
      const now = { width: scroller.clientWidth, height: scroller.clientHeight };
      if (now.width === last.width && now.height === last.height) return;
      last = now;
      markTop(scroller);
      viewport.zoomBy(1);
    });
    observer.observe(scroller);
    return () => observer.disconnect();
  }, [viewport]);

  return (
    <section
      ref={scrollerRef}
      className="graph-canvas"
      aria-label={label}
      aria-describedby={helpId}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the canvas takes focus so arrow keys pan it and +/- zoom it.
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div ref={sizerRef} className="graph-sizer">
        <div ref={stageRef} className="graph-stage" style={{ width, height }}>
          {edges}
          <ol className="graph-nodes">{children}</ol>
        </div>
      </div>
    </section>
  );
}

/**
 * Tells the stylesheet where the canvas starts on the page (--graph-canvas-top), so on a wide
 * screen it can reach down to the window's bottom edge: the whole canvas in the first screen.
 */
function markTop(scroller: HTMLElement): void {
  const top = Math.round(scroller.getBoundingClientRect().top + window.scrollY);
  scroller.style.setProperty("--graph-canvas-top", `${top}px`);
}
