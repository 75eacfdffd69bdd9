/**
 * Pointer, wheel, touch and keyboard gestures of the graph canvas. One-finger touch panning and
 * plain wheel scrolling are the browser's own scrolling; this adds mouse dragging, pinch and
 * Ctrl/⌘ + wheel zoom (what trackpad pinches send), and the zoom keys.
 */
import { type KeyboardEvent, type RefObject, useCallback, useEffect } from "react";
import type { Viewport } from "./viewport";

/** Pixels a press must move before it counts as a drag (and no longer as a click). */
const DRAG_THRESHOLD = 4;
const KEY_PAN_STEP = 60;
const KEY_ZOOM_STEP = 1.25;

export function useCanvasGestures(
  scrollerRef: RefObject<HTMLElement | null>,
  viewport: Viewport,
): (event: KeyboardEvent<HTMLElement>) => void {
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    return attachGestures(scroller, viewport);
  }, [scrollerRef, viewport]);

  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return; // browser zoom and shortcuts
      const target = event.target as HTMLElement;
      if (target.closest("input, select, textarea")) return;
      const handled = handleKey(event.key, event.shiftKey, viewport);
      if (handled) event.preventDefault();
    },
    [viewport],
  );
}

function handleKey(key: string, shift: boolean, viewport: Viewport): boolean {
  const view = viewport.viewSize();
  const stepX = shift ? view.width * 0.8 : KEY_PAN_STEP;
  const stepY = shift ? view.height * 0.8 : KEY_PAN_STEP;
  switch (key) {
    case "+":
    case "=":
      viewport.zoomBy(KEY_ZOOM_STEP);
      return true;
    case "-":
    case "_":
      viewport.zoomBy(1 / KEY_ZOOM_STEP);
      return true;
    case "0":
      viewport.fit();
      return true;
    case "ArrowLeft":
      viewport.panBy(-stepX, 0);
      return true;
    case "ArrowRight":
      viewport.panBy(stepX, 0);
      return true;
    case "ArrowUp":
      viewport.panBy(0, -stepY);
      return true;
    case "ArrowDown":
      viewport.panBy(0, stepY);
      return true;
    default:
      return false;
  }
}

/** Adds the DOM listeners (some must be non-passive, which React's props cannot be). */
function attachGestures(scroller: HTMLElement, viewport: Viewport): () => void {
  let drag: { id: number; x: number; y: number; left: number; top: number } | null = null;
  let dragged = false;
  let pinch: { distance: number; scale: number } | null = null;

  const anchorOf = (clientX: number, clientY: number) => {
    const box = scroller.getBoundingClientRect();
    return { x: clientX - box.left, y: clientY - box.top };
  };

  const onPointerDown = (event: PointerEvent) => {
    // Touch pans natively; a mouse or pen drags with the primary button.
    if (event.pointerType === "touch" || event.button !== 0) return;
    drag = {
      id: event.pointerId,
      x: event.clientX,
      y: event.clientY,
      left: scroller.scrollLeft,
      top: scroller.scrollTop,
    };
    dragged = false;
  };
  const onPointerMove = (event: PointerEvent) => {
    if (!drag || event.pointerId !== drag.id) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!dragged && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    if (!dragged) {
      dragged = true;
      scroller.setPointerCapture?.(event.pointerId);
    }
    scroller.scrollLeft = drag.left - dx;
    scroller.scrollTop = drag.top - dy;
  };
  const endDrag = (event: PointerEvent) => {
    if (!drag || event.pointerId !== drag.id) return;
    drag = null;
    if (scroller.hasPointerCapture?.(event.pointerId)) {
      scroller.releasePointerCapture(event.pointerId);
    }
  };
  // A drag that ends over a node must not also open it.
  const onClickCapture = (event: MouseEvent) => {
    if (!dragged) return;
    dragged = false;
    event.preventDefault();
    event.stopPropagation();
  };
  // Links and images would otherwise start the browser's own drag and drop.
  const onDragStart = (event: DragEvent) => event.preventDefault();

  const onWheel = (event: WheelEvent) => {
    if (!event.ctrlKey && !event.metaKey) return; // plain wheel: native scrolling pans
    event.preventDefault();
    const lines = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1;
    const factor = Math.exp(-event.deltaY * lines * 0.0025);
    viewport.zoomBy(factor, anchorOf(event.clientX, event.clientY));
  };

  const touchDistance = (touches: TouchList) => {
    const [a, b] = [touches[0], touches[1]];
    return a && b ? Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY) : 0;
  };
  const onTouchStart = (event: TouchEvent) => {
    if (event.touches.length === 2) {
      pinch = { distance: touchDistance(event.touches), scale: viewport.getScale() };
    }
  };
  const onTouchMove = (event: TouchEvent) => {
    if (!pinch || event.touches.length !== 2) return;
    event.preventDefault();
    const [a, b] = [event.touches[0], event.touches[1]];
    if (!a || !b || pinch.distance === 0) return;
    const ratio = touchDistance(event.touches) / pinch.distance;
    const anchor = anchorOf((a.clientX + b.clientX) / 2, (a.clientY + b.clientY) / 2);
    viewport.zoomTo(pinch.scale * ratio, anchor);
  };
  const onTouchEnd = (event: TouchEvent) => {
    if (event.touches.length < 2) pinch = null;
  };

  scroller.addEventListener("pointerdown", onPointerDown);
  scroller.addEventListener("pointermove", onPointerMove);
  scroller.addEventListener("pointerup", endDrag);
  scroller.addEventListener("pointercancel", endDrag);
  scroller.addEventListener("click", onClickCapture, true);
  scroller.addEventListener("dragstart", onDragStart);
  scroller.addEventListener("wheel", onWheel, { passive: false });
  scroller.addEventListener("touchstart", onTouchStart, { passive: true });
  scroller.addEventListener("touchmove", onTouchMove, { passive: false });
  scroller.addEventListener("touchend", onTouchEnd);
  scroller.addEventListener("touchcancel", onTouchEnd);
  return () => {
    scroller.removeEventListener("pointerdown", onPointerDown);
    scroller.removeEventListener("pointermove", onPointerMove);
    scroller.removeEventListener("pointerup", endDrag);
    scroller.removeEventListener("pointercancel", endDrag);
    scroller.removeEventListener("click", onClickCapture, true);
    scroller.removeEventListener("dragstart", onDragStart);
    scroller.removeEventListener("wheel", onWheel);
    scroller.removeEventListener("touchstart", onTouchStart);
    scroller.removeEventListener("touchmove", onTouchMove);
    scroller.removeEventListener("touchend", onTouchEnd);
    scroller.removeEventListener("touchcancel", onTouchEnd);
  };
}
