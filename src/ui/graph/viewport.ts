/**
 * The graph viewport controller: zoom is a CSS scale on one stage element, panning is the
 * native scroll position of the canvas. Both are set directly on the DOM, so moving the view
 * never re-renders React (a 1,000-topic graph stays smooth), and native scrolling gives touch
 * panning, scroll-into-view on focus and scroll bars for free.
 */
import {
  type Box,
  clampScale,
  fitScale,
  initialScale,
  minScale,
  openingFrame,
  type Size,
  scrollAfterZoom,
  scrollToCentre,
} from "./viewport-math";

/** "1" at readable sizes, up to "4" when zoomed far out. */
export function zoomStep(scale: number): string {
  if (scale >= 0.75) return "1";
  if (scale >= 0.45) return "2";
  if (scale >= 0.25) return "3";
  return "4";
}

export interface ViewportElements {
  /** The scroll container (the focusable canvas). */
  readonly scroller: HTMLElement;
  /** Sized to the scaled drawing, so the scroll range matches it. */
  readonly sizer: HTMLElement;
  /** Holds the drawing at its layout size; scaled with a CSS transform. */
  readonly stage: HTMLElement;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

function centreOf(box: Box): Point {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

export class Viewport {
  private elements: ViewportElements | null = null;
  private content: Size = { width: 0, height: 0 };
  private scale = 1;
  private readonly listeners = new Set<() => void>();

  attach(elements: ViewportElements, content: Size): void {
    this.elements = elements;
    this.content = content;
    this.apply(this.scale);
  }

  detach(): void {
    this.elements = null;
  }

  /** The current zoom factor (1 = layout size). */
  getScale = (): number => this.scale;

  /** Calls `listener` whenever the zoom changes; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Opens the view: the whole graph when readable, else full size centred on `focus`. */
  reset(focus: Point | undefined): void {
    const view = this.viewSize();
    const scale = initialScale(view, this.content);
    this.zoomTo(scale);
    const centre = focus ?? { x: this.content.width / 2, y: this.content.height / 2 };
    this.centreOn(centre);
  }

  /** Zooms to `scale`, keeping the drawing under `anchor` (viewport pixels; default the middle). */
  zoomTo(scale: number, anchor?: Point): void {
    const view = this.viewSize();
    const to = clampScale(scale, minScale(view, this.content));
    const from = this.scale;
    const el = this.elements;
    if (!el) {
      this.scale = to;
      return;
    }
    const scroll = { left: el.scroller.scrollLeft, top: el.scroller.scrollTop };
    const at = anchor ?? { x: view.width / 2, y: view.height / 2 };
    const next = scrollAfterZoom({ view, content: this.content, scroll, from, to, anchor: at });
    this.apply(to);
    this.scrollTo(next.left, next.top);
  }

  zoomBy(factor: number, anchor?: Point): void {
    this.zoomTo(this.scale * factor, anchor);
  }

  /**
   * Opens the view on the first of `frames` (the learner's path, with and without what else is
   * ready) that fits at a readable zoom; when none fits, on the first, from the path's start or
   * centred on `focus` (where the learner stands) so the next step is in sight.
   */
  openOn(frames: readonly Box[], focus: Point | undefined): void {
    const view = this.viewSize();
    const opening = openingFrame(view, frames);
    if (!opening) {
      this.reset(focus);
      return;
    }
    const { frame, scale, fits } = opening;
    this.zoomTo(scale);
    if (fits || !focus) {
      this.centreOn(centreOf(frame));
      return;
    }
    // The path's start at the left edge, as much of it as fits to the right; unless that leaves
    // the learner's position out of sight, then the position in the middle.
    const half = { x: view.width / scale / 2, y: view.height / scale / 2 };
    const margin = 16 / scale;
    const fromStart = frame.x - margin + half.x;
    const x = Math.abs(focus.x - fromStart) <= half.x - margin ? fromStart : focus.x;
    const middle = frame.y + frame.height / 2;
    const y = Math.abs(focus.y - middle) <= half.y - margin ? middle : focus.y;
    this.centreOn({ x, y });
  }

  /** Zooms so all of `frame` fits, centred, however small that makes it. */
  fitBox(frame: Box): void {
    this.zoomTo(fitScale(this.viewSize(), frame));
    this.centreOn(centreOf(frame));
  }

  /** Zooms so the whole graph fits, centred. */
  fit(): void {
    this.zoomTo(fitScale(this.viewSize(), this.content));
    this.centreOn({ x: this.content.width / 2, y: this.content.height / 2 });
  }

  /** Scrolls so that layout point `point` is in the middle of the viewport. */
  centreOn(point: Point): void {
    const next = scrollToCentre(this.viewSize(), this.content, this.scale, point);
    this.scrollTo(next.left, next.top);
  }

  panBy(dx: number, dy: number): void {
    const el = this.elements;
    if (el) this.scrollTo(el.scroller.scrollLeft + dx, el.scroller.scrollTop + dy);
  }

  viewSize(): Size {
    const scroller = this.elements?.scroller;
    return { width: scroller?.clientWidth ?? 0, height: scroller?.clientHeight ?? 0 };
  }

  private scrollTo(left: number, top: number): void {
    const scroller = this.elements?.scroller;
    if (!scroller) return;
    const maxLeft = Math.max(0, scroller.scrollWidth - scroller.clientWidth);
    const maxTop = Math.max(0, scroller.scrollHeight - scroller.clientHeight);
    scroller.scrollLeft = Math.min(maxLeft, Math.max(0, left));
    scroller.scrollTop = Math.min(maxTop, Math.max(0, top));
  }

  private apply(scale: number): void {
    const el = this.elements;
    const changed = scale !== this.scale;
    this.scale = scale;
    if (el) {
      el.sizer.style.width = `${this.content.width * scale}px`;
      el.sizer.style.height = `${this.content.height * scale}px`;
      el.stage.style.transform = `scale(${scale})`;
      // Lets the stylesheet thicken lines and focus rings when zoomed far out. A coarse step,
      // not the scale itself: restyling thousands of elements on every zoom step was slow.
      const step = zoomStep(scale);
      if (el.scroller.dataset.zoomStep !== step) el.scroller.dataset.zoomStep = step;
    }
    if (changed) for (const listener of this.listeners) listener();
  }
}
