/**
 * Pure arithmetic of the graph viewport. The canvas is a native scroll container holding the
 * drawing scaled by `scale`; when the scaled drawing is smaller than the viewport it is centred
 * (the offset below), otherwise panning is the container's scroll position.
 */

/** The most the view zooms in, and the least it ever zooms out to (for huge graphs). */
export const MAX_SCALE = 2.5;
export const MIN_SCALE_FLOOR = 0.02;
/** Never offer less zoom than this even when the whole graph fits at a larger scale. */
export const MIN_SCALE_CEILING = 0.25;

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** The scale at which `content` fits inside `view` with `margin` pixels to spare on each side. */
export function fitScale(view: Size, content: Size, margin = 8): number {
  if (view.width <= 0 || view.height <= 0 || content.width <= 0 || content.height <= 0) return 1;
  const scale = Math.min(
    (view.width - 2 * margin) / content.width,
    (view.height - 2 * margin) / content.height,
  );
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE_FLOOR, scale));
}

/** The smallest allowed scale: small enough to fit the whole graph, never above 0.25. */
export function minScale(view: Size, content: Size): number {
  return Math.min(MIN_SCALE_CEILING, fitScale(view, content));
}

export function clampScale(scale: number, min: number): number {
  if (!Number.isFinite(scale)) return 1;
  return Math.min(MAX_SCALE, Math.max(min, scale));
}

/** Where the scaled drawing starts inside the viewport along one axis (centred when smaller). */
export function centringOffset(viewLength: number, contentLength: number, scale: number): number {
  return Math.max(0, (viewLength - contentLength * scale) / 2);
}

export interface ScrollPosition {
  readonly left: number;
  readonly top: number;
}

export interface ZoomInput {
  readonly view: Size;
  readonly content: Size;
  readonly scroll: ScrollPosition;
  readonly from: number;
  readonly to: number;
  /** The viewport point (pixels from the viewport's top-left) that stays put. */
  readonly anchor: { readonly x: number; readonly y: number };
}

/** The scroll position after zooming from `from` to `to` so the drawing under `anchor` stays. */
export function scrollAfterZoom({
  view,
  content,
  scroll,
  from,
  to,
  anchor,
}: ZoomInput): ScrollPosition {
  const axis = (viewLength: number, contentLength: number, position: number, at: number) => {
    const point = (at + position - centringOffset(viewLength, contentLength, from)) / from;
    return centringOffset(viewLength, contentLength, to) + point * to - at;
  };
  return {
    left: axis(view.width, content.width, scroll.left, anchor.x),
    top: axis(view.height, content.height, scroll.top, anchor.y),
  };
}

/** The scroll position that puts drawing point (x, y) in the middle of the viewport. */
export function scrollToCentre(
  view: Size,
  content: Size,
  scale: number,
  point: { readonly x: number; readonly y: number },
): ScrollPosition {
  return {
    left: centringOffset(view.width, content.width, scale) + point.x * scale - view.width / 2,
    top: centringOffset(view.height, content.height, scale) + point.y * scale - view.height / 2,
  };
}

/** Node titles are set at this size at scale 1 (graph-nodes.css). */
const TITLE_PX = 14;
/** The least scale the view opens at: node titles stay at least 11 CSS px. */
// Rounded up a little: the browser keeps the transform in single precision.
export const READABLE_SCALE = 11.01 / TITLE_PX;

/** A rectangle of the drawing, in layout pixels. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The smallest box holding every given box, or undefined for none. */
export function boundingBox(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  const left = Math.min(...boxes.map((box) => box.x));
  const top = Math.min(...boxes.map((box) => box.y));
  const right = Math.max(...boxes.map((box) => box.x + box.width));
  const bottom = Math.max(...boxes.map((box) => box.y + box.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * The zoom the view opens at on `frame`: as large as shows it whole, but no larger than full
 * size and never so small that titles fall below READABLE_SCALE. `fits` says whether all of
 * the frame is then in view.
 */
export function frameScale(view: Size, frame: Size): { scale: number; fits: boolean } {
  // 12 px: room for the parts that stick out of the boxes (tick dot, step badges).
  const fit = fitScale(view, frame, 12);
  const scale = Math.min(1, Math.max(READABLE_SCALE, fit));
  return { scale, fits: fit >= scale };
}

/**
 * What the view opens on: the first of `frames` (largest first) that fits whole at a readable
 * zoom; when none does, the first, at the readable zoom (`fits` false).
 */
export function openingFrame(
  view: Size,
  frames: readonly Box[],
): { frame: Box; scale: number; fits: boolean } | undefined {
  for (const frame of frames) {
    const { scale, fits } = frameScale(view, frame);
    if (fits) return { frame, scale, fits };
  }
  const [first] = frames;
  return first && { frame: first, ...frameScale(view, first) };
}

/** The zoom the view opens at: the whole graph when it is still readable, else full size. */
export function initialScale(view: Size, content: Size): number {
  const fit = fitScale(view, content);
  return fit >= 0.7 ? Math.min(fit, 1) : 1;
}
