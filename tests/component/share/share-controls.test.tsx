import { act, screen, waitFor, within } from "@testing-library/react";
import { decodeShareCode, encodeShareCode } from "../../../src/progress/share-codec";
import { fixtureCurriculum, type RenderAppOptions, renderApp } from "../render-app";
import { openMenu } from "../open-menu";
import { codeOf, preloadShareModules, mockClipboard, toasts } from "./helpers";

beforeAll(preloadShareModules, 30_000);
// Whole-app renders with lazy views are slow on a busy two-core machine: give them room.
vi.setConfig({ testTimeout: 20_000 });

function shareButton(name = "Share") {
  return screen.getByRole("button", { name });
}

/** Renders the app and waits for the header's Share control (it loads after the first paint). */
async function openApp(options: RenderAppOptions) {
  const app = await renderApp(options);
  const name = options.lang === "zh" ? "分享" : "Share";
  // The first lazy load in a test file includes transforming the modules: allow for it.
  await screen.findByRole("button", { name }, { timeout: 10_000 });
  return app;
}

describe("the Share control", () => {
  it("reveals a read-only Share link holding an absolute URL whose code decodes to my progress", async () => {
    const { user } = await openApp({ lang: "en", done: ["algebra", "calculus", "nn"] });
    expect(screen.queryByRole("textbox", { name: "Share link" })).not.toBeInTheDocument();
    expect(shareButton()).toHaveAttribute("aria-expanded", "false");

    await user.click(shareButton());

    expect(shareButton()).toHaveAttribute("aria-expanded", "true");
    const box = screen.getByRole("textbox", { name: "Share link" });
    expect(box).toHaveAttribute("readonly");
    const url = (box as HTMLInputElement).value;
    expect(url.startsWith(`${window.location.origin}${window.location.pathname}#/share/`)).toBe(
      true,
    );
    const decoded = decodeShareCode(fixtureCurriculum, codeOf(url));
    // The old id "nn" is stored, but the link names the renamed topic.
    expect(decoded).toEqual({
      ok: true,
      done: ["algebra", "calculus", "neural-nets"],
      ignoredSlots: 0,
    });
    expect(screen.getByText(/holds your marks \(done, known, in progress\)/)).toBeVisible();
  });

  it("copies the link at once and says so", async () => {
    const { user } = await openApp({ lang: "en", done: ["calculus"] });
    const writeText = mockClipboard(async () => {});
    await user.click(shareButton());
    const box = screen.getByRole<HTMLInputElement>("textbox", { name: "Share link" });
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(box.value));
    expect(await screen.findByText("Link copied.", { selector: "p" })).toBeVisible();
    expect(screen.getByRole("status")).toHaveTextContent("Link copied.");
  });

  it("falls back to selecting the link and asking for Ctrl+C when copying is refused", async () => {
    const { user } = await openApp({ lang: "en", done: ["calculus"] });
    mockClipboard(() => Promise.reject(new DOMException("denied", "NotAllowedError")));
    await user.click(shareButton());
    expect(await screen.findByText(/press Ctrl\+C/, { selector: "p" })).toBeVisible();
    const box = screen.getByRole<HTMLInputElement>("textbox", { name: "Share link" });
    expect(box).toHaveFocus();
    expect(box.selectionStart).toBe(0);
    expect(box.selectionEnd).toBe(box.value.length);
  });

  it("copies again with the Copy link button", async () => {
    const { user } = await openApp({ lang: "en" });
    const writeText = mockClipboard(async () => {});
    await user.click(shareButton());
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(2));
  });

  it("puts the optional display name into the link", async () => {
    const { user } = await openApp({ lang: "en", done: ["algebra"] });
    await user.click(shareButton());
    const box = screen.getByRole<HTMLInputElement>("textbox", { name: "Share link" });
    const before = box.value;
    await user.type(screen.getByRole("textbox", { name: "Your name (optional)" }), "Lin 林");
    expect(box.value).not.toBe(before);
    expect(decodeShareCode(fixtureCurriculum, codeOf(box.value))).toMatchObject({
      ok: true,
      done: ["algebra"],
      name: "Lin 林",
    });
  });

  it("follows ticks made while the panel is open", async () => {
    const { user, services } = await openApp({ lang: "en" });
    await user.click(shareButton());
    act(() => {
      services.progress.getState().tick("calculus");
    });
    const box = await screen.findByRole<HTMLInputElement>("textbox", { name: "Share link" });
    await waitFor(() =>
      expect(decodeShareCode(fixtureCurriculum, codeOf(box.value))).toMatchObject({
        done: ["calculus"],
      }),
    );
  });

  it("closes on Escape and returns focus to the Share button", async () => {
    const { user } = await openApp({ lang: "en" });
    await user.click(shareButton());
    expect(screen.getByRole("textbox", { name: "Share link" })).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("textbox", { name: "Share link" })).not.toBeInTheDocument();
    expect(shareButton()).toHaveAttribute("aria-expanded", "false");
    expect(shareButton()).toHaveFocus();
  });

  it("works from the keyboard alone and closes when focus moves past it", async () => {
    const { user } = await openApp({ lang: "en" });
    shareButton().focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("textbox", { name: "Share link" })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: "Copy link" })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("textbox", { name: "Your name (optional)" })).toHaveFocus();
    await user.tab();
    expect(screen.queryByRole("textbox", { name: "Share link" })).not.toBeInTheDocument();
    expect(shareButton()).toHaveAttribute("aria-expanded", "false");
    expect(screen.getByRole("button", { name: "Menu" })).toHaveFocus();
  });

  it("closes on a click elsewhere", async () => {
    const { user } = await openApp({ lang: "en" });
    await user.click(shareButton());
    expect(screen.getByRole("textbox", { name: "Share link" })).toBeVisible();
    await user.click(screen.getByRole("heading", { level: 1 }));
    expect(screen.queryByRole("textbox", { name: "Share link" })).not.toBeInTheDocument();
  });

  it("keeps Export and Import file in the menu on my own views, without opening Share", async () => {
    const { user } = await openApp({ lang: "en" });
    expect(screen.queryByRole("button", { name: "Export" })).not.toBeInTheDocument();
    await openMenu(user);
    expect(await screen.findByRole("button", { name: "Export" })).toBeVisible();
    expect(screen.getByRole("button", { name: "Import file" })).toBeVisible();
    expect(shareButton()).toHaveAttribute("aria-expanded", "false");
    // The file input itself is labelled too.
    expect(screen.getByLabelText("Import file")).toHaveAttribute("type", "file");
  });

  it("hides Export and Import file on a shared view, where 'Import' means the link's progress", async () => {
    const code = encodeShareCode(fixtureCurriculum, ["algebra"]);
    const { user } = await renderApp({ lang: "en", route: `#/share/${code}` });
    await openMenu(user);
    expect(
      await screen.findByRole("button", { name: "Import" }, { timeout: 10_000 }),
    ).toBeVisible();
    await screen.findByRole("button", { name: "Share" }, { timeout: 10_000 });
    expect(screen.queryByRole("button", { name: "Export" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Import file" })).not.toBeInTheDocument();
  });

  it("speaks Chinese: 分享, 分享链接, 导出, 导入文件", async () => {
    const { user } = await openApp({ lang: "zh", done: ["algebra"] });
    await user.click(shareButton("分享"));
    expect(screen.getByRole("textbox", { name: "分享链接" })).toHaveAttribute("readonly");
    // user-event's clipboard stub accepts the text: the link really is on the clipboard.
    const box = screen.getByRole<HTMLInputElement>("textbox", { name: "分享链接" });
    await waitFor(async () => expect(await navigator.clipboard.readText()).toBe(box.value));
    expect(await screen.findByText("链接已复制。", { selector: "p" })).toBeVisible();
    await openMenu(user);
    expect(await screen.findByRole("button", { name: "导出" })).toBeVisible();
    expect(screen.getByRole("button", { name: "导入文件" })).toBeVisible();
  });
});

describe("Export", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("downloads jiewang-progress-<date>.json (version 2) holding my marks with their times", async () => {
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return "blob:progress";
    });
    Object.defineProperty(URL, "createObjectURL", { configurable: true, value: createObjectURL });
    Object.defineProperty(URL, "revokeObjectURL", { configurable: true, value: vi.fn() });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    const calculusTime = Date.UTC(2024, 2, 1, 9, 30);
    const algebraTime = Date.UTC(2024, 1, 10, 18, 5);
    const { user } = await openApp({
      lang: "en",
      done: { calculus: calculusTime, algebra: algebraTime },
    });

    await openMenu(user);
    await user.click(await screen.findByRole("button", { name: "Export" }));

    expect(clicked).toHaveLength(1);
    const link = clicked[0];
    expect(link?.download).toMatch(/^jiewang-progress-\d{4}-\d{2}-\d{2}\.json$/);
    expect(link?.getAttribute("href")).toBe("blob:progress");
    const file = JSON.parse(await (blobs[0] as Blob).text());
    // Format version 2: every marked topic with its mark and time, oldest first.
    expect(file).toMatchObject({ format: "jiewang-progress", version: 2 });
    expect(file.topics).toEqual([
      { id: "algebra", mark: "done", markedAt: new Date(algebraTime).toISOString() },
      { id: "calculus", mark: "done", markedAt: new Date(calculusTime).toISOString() },
    ]);
    expect(
      within(await toasts()).getByText(/Progress exported as jiewang-progress-/),
    ).toBeVisible();
  });
});
