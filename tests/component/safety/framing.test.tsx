/**
 * Shown inside another site's frame, the app says so and refuses import and replace, so a page
 * of another origin cannot trick a learner into clicking them (clickjacking). Servers should
 * refuse framing outright (docs/deploy.md); this is the app's own check where they do not.
 */
import { act, screen, within } from "@testing-library/react";
import { encodeShareCode } from "../../../src/progress/share-codec";
import { isFramedByOtherOrigin } from "../../../src/ui/safety/foreign-frame";
import { fixtureCurriculum, renderApp } from "../render-app";
import { storedProgress } from "../share/helpers";

vi.setConfig({ testTimeout: 20_000 });

const here = { origin: "https://learn.example" };

describe("isFramedByOtherOrigin", () => {
  it("is false for a page in its own tab", () => {
    expect(isFramedByOtherOrigin({ top: null, self: {}, location: here })).toBe(false);
    const own: { top: unknown; self: unknown; location: typeof here } = {
      top: null,
      self: null,
      location: here,
    };
    own.top = own;
    own.self = own;
    expect(isFramedByOtherOrigin(own as Parameters<typeof isFramedByOtherOrigin>[0])).toBe(false);
  });

  it("is false in a frame of the same site", () => {
    expect(isFramedByOtherOrigin({ top: { location: here }, self: {}, location: here })).toBe(
      false,
    );
  });

  it("is true in a frame of another site, readable or not", () => {
    const other = { location: { origin: "https://evil.example" } };
    expect(isFramedByOtherOrigin({ top: other, self: {}, location: here })).toBe(true);
    const opaque = { location: { origin: "null" } };
    expect(isFramedByOtherOrigin({ top: opaque, self: {}, location: here })).toBe(true);
    const unreadable = {
      get location(): { origin: string } {
        throw new DOMException("Blocked a frame with origin", "SecurityError");
      },
    };
    expect(isFramedByOtherOrigin({ top: unreadable, self: {}, location: here })).toBe(true);
  });
});

describe("the app inside another site's frame", () => {
  const ownTop = Object.getOwnPropertyDescriptor(window, "top");
  beforeEach(() => {
    // What a cross-origin parent looks like from inside the frame: its location cannot be read.
    const foreignTop = {
      get location(): never {
        throw new DOMException("Blocked a frame with origin", "SecurityError");
      },
    };
    Object.defineProperty(window, "top", { configurable: true, get: () => foreignTop });
  });
  afterEach(() => {
    if (ownTop) Object.defineProperty(window, "top", ownTop);
  });

  it("says so, and the share page's Import cannot be used", async () => {
    const code = encodeShareCode(fixtureCurriculum, ["algebra", "calculus", "neural-nets"]);
    const { user, storage, services } = await renderApp({
      lang: "en",
      done: ["probability"],
      route: `#/share/${code}`,
    });
    await screen.findByRole("heading", { level: 1, name: "Shared progress" }, { timeout: 10_000 });
    const before = storedProgress(storage);
    const notice = screen
      .getAllByRole("alert")
      .find((alert) => alert.textContent?.includes("shown inside another website"));
    expect(notice).toBeDefined();
    expect(
      within(notice as HTMLElement).getByRole("link", { name: "Open it in its own tab" }),
    ).toHaveAttribute("target", "_blank");

    const importButton = screen.getByRole("button", { name: "Import" });
    expect(importButton).toBeDisabled();
    await user.click(importButton);
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(storedProgress(storage)).toBe(before);
    expect(Object.keys(services.progress.getState().done)).toEqual(["probability"]);
  });

  it("turns off Import file wherever it is offered", async () => {
    await renderApp({ lang: "en", done: ["probability"] });
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    const click = input ? vi.spyOn(input, "click") : undefined;
    const buttons = screen.queryAllByRole("button", { name: "Import file", hidden: true });
    for (const button of buttons) {
      expect(button).toBeDisabled();
      await act(async () => button.click());
    }
    if (click) expect(click).not.toHaveBeenCalled();
  });

  it("says it in Chinese too", async () => {
    await renderApp({ lang: "zh" });
    const alerts = await screen.findAllByRole("alert");
    expect(alerts.some((alert) => alert.textContent?.includes("另一个网站"))).toBe(true);
  });
});

describe("the app in its own tab", () => {
  it("shows no framing notice and keeps Import usable", async () => {
    const code = encodeShareCode(fixtureCurriculum, ["algebra"]);
    await renderApp({ lang: "en", route: `#/share/${code}` });
    await screen.findByRole("heading", { level: 1, name: "Shared progress" }, { timeout: 10_000 });
    expect(screen.queryByText(/shown inside another website/)).toBeNull();
    expect(screen.getByRole("button", { name: "Import" })).toBeEnabled();
  });
});
