import { frameScale, openingFrame, READABLE_SCALE } from "../../../src/ui/graph/viewport-math";

// 14 px titles shown at READABLE_SCALE are 11 CSS px.
const laptop = { width: 1262, height: 540 };

describe("the zoom the graph opens at", () => {
  it("shows a frame that fits at a readable zoom whole, never above full size", () => {
    expect(frameScale(laptop, { width: 600, height: 200 })).toEqual({ scale: 1, fits: true });
    const wide = frameScale(laptop, { width: 1500, height: 400 });
    expect(wide.fits).toBe(true);
    expect(wide.scale).toBeCloseTo((1262 - 24) / 1500, 6);
    expect(wide.scale).toBeGreaterThanOrEqual(READABLE_SCALE);
  });

  it("never opens below the readable zoom: a frame too big for it does not fit", () => {
    const { scale, fits } = frameScale(laptop, { width: 2000, height: 400 });
    expect(scale).toBe(READABLE_SCALE);
    expect(fits).toBe(false);
    expect(14 * READABLE_SCALE).toBeGreaterThanOrEqual(11);
  });

  it("takes the first frame that fits, else the first at the readable zoom", () => {
    const path = { x: 0, y: 0, width: 1500, height: 700 };
    const plan = { x: 0, y: 100, width: 1400, height: 500 };
    expect(openingFrame(laptop, [path, plan])).toMatchObject({ frame: plan, fits: true });
    const small = { x: 0, y: 0, width: 900, height: 300 };
    expect(openingFrame(laptop, [small, plan])).toMatchObject({ frame: small, fits: true });
    const phone = { width: 326, height: 531 };
    expect(openingFrame(phone, [path, plan])).toEqual({
      frame: path,
      scale: READABLE_SCALE,
      fits: false,
    });
    expect(openingFrame(laptop, [])).toBeUndefined();
  });
});
