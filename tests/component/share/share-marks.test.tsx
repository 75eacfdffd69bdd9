/**
 * Marks in share links: the Share control puts my known and in-progress topics into the link,
 * the shared view shows the sharer's marks read-only, and Import treats them as a learner
 * expects (docs/share-links.md, "Importing").
 */
import { act, screen, within } from "@testing-library/react";
import { decodeShareCode, encodeShareCode } from "../../../src/progress/share-codec";
import { markKindOf } from "../../../src/progress/marks";
import { layoutFor } from "../graph/fixture-graph";
import { fixtureCurriculum, renderApp } from "../render-app";
import { codeOf, preloadShareModules, row, toasts } from "./helpers";

beforeAll(preloadShareModules, 30_000);
// Whole-app renders with lazy views are slow on a busy two-core machine: give them room.
vi.setConfig({ testTimeout: 20_000 });

/** A link: algebra and calculus done, calculus known, rnn in progress, by Ada. */
const markedCode = encodeShareCode(fixtureCurriculum, ["algebra", "calculus"], "Ada", {
  known: ["calculus"],
  inProgress: ["rnn"],
});

async function openShare(code: string, lang: "en" | "zh" = "en") {
  const app = await renderApp({ lang, route: `#/share/${code}` });
  await screen.findByRole("heading", { level: 1 }, { timeout: 10_000 });
  return app;
}

describe("marks in share links", () => {
  it("the Share link carries my known and in-progress topics", async () => {
    const { user, services } = await renderApp({ lang: "en", done: ["algebra"] });
    await screen.findByRole("button", { name: "Share" }, { timeout: 10_000 });
    act(() => {
      services.progress.getState().setMarks([
        ["calculus", "known"],
        ["rnn", "in-progress"],
      ]);
    });
    await user.click(screen.getByRole("button", { name: "Share" }));
    const box = screen.getByRole<HTMLInputElement>("textbox", { name: "Share link" });
    expect(decodeShareCode(fixtureCurriculum, codeOf(box.value))).toEqual({
      ok: true,
      done: ["algebra", "calculus"],
      known: ["calculus"],
      inProgress: ["rnn"],
      ignoredSlots: 0,
    });
  });

  it("the shared view shows known and in progress by icon and text, read-only", async () => {
    await openShare(markedCode);
    expect(row("calculus")).toHaveAttribute("data-state", "done");
    expect(row("calculus")).toHaveAttribute("data-mark", "known");
    expect(within(row("calculus")).getByText("Known")).toBeVisible();
    expect(row("rnn")).toHaveAttribute("data-mark", "in-progress");
    expect(row("rnn")).not.toHaveAttribute("data-state", "done");
    expect(within(row("rnn")).getByText("In progress")).toBeVisible();
    expect(row("algebra")).toHaveAttribute("data-state", "done");
    expect(row("algebra")).not.toHaveAttribute("data-mark");
    for (const box of screen.getAllByRole("checkbox")) expect(box).toBeDisabled();
    const comparison = screen.getByRole("region", { name: "Compared with your progress" });
    expect(within(comparison).getByText("In progress for them: 1")).toBeVisible();
  });

  it("the shared graph shows the link's marks too, not my own", async () => {
    const { user, services } = await renderApp({
      lang: "en",
      route: `#/share/${markedCode}`,
      layout: layoutFor(fixtureCurriculum),
    });
    act(() => {
      services.progress.getState().setMark("algebra", "in-progress");
    });
    await screen.findByRole("heading", { level: 1 }, { timeout: 10_000 });
    await user.click(screen.getByRole("button", { name: "Graph" }));
    await screen.findByRole("link", { name: /^Calculus/ }, { timeout: 10_000 });
    const node = (id: string) =>
      document.querySelector<HTMLElement>(`.graph-canvas [data-topic-id="${id}"]`);
    expect(node("calculus")).toHaveAttribute("data-mark", "known");
    expect(node("rnn")).toHaveAttribute("data-mark", "in-progress");
    // Algebra is done in the link; my own "in progress" on it does not show here.
    expect(node("algebra")).toHaveAttribute("data-state", "done");
    expect(node("algebra")).not.toHaveAttribute("data-mark");
    expect(screen.getByRole("link", { name: /^Calculus.*Known/ })).toBeInTheDocument();
  });

  it("the shared view's Known filter shows the sharer's known topics", async () => {
    const { user } = await openShare(markedCode);
    await user.click(screen.getByRole("radio", { name: "Known" }));
    expect(document.querySelectorAll("[data-topic-id]")).toHaveLength(1);
    expect(row("calculus")).toHaveAttribute("data-mark", "known");
  });

  it("a link made before marks shows no marks, and never my own", async () => {
    const { services } = await openShare(encodeShareCode(fixtureCurriculum, ["algebra"]));
    act(() => {
      services.progress.getState().setMarks([
        ["algebra", "known"],
        ["calculus", "in-progress"],
      ]);
    });
    expect(document.querySelectorAll("[data-mark]")).toHaveLength(0);
  });

  it("merge: their known becomes mine where I had not started; my marks stay; one Undo", async () => {
    const { user, services } = await openShare(markedCode);
    act(() => {
      services.progress.getState().setMarks([
        ["algebra", "in-progress"],
        ["rnn", "done"],
      ]);
    });
    await user.click(screen.getByRole("button", { name: "Import" }));
    const dialog = screen.getByRole("dialog", { name: "Import shared progress" });
    const merge = within(dialog).getByRole("region", { name: "Merge" });
    expect(merge).toHaveTextContent("adds 2 topics");
    await user.click(within(dialog).getByRole("button", { name: "Merge with mine" }));

    const marks = () =>
      ["algebra", "calculus", "rnn"].map((id) => markKindOf(services.progress.getState(), id));
    expect(marks()).toEqual(["done", "known", "done"]);
    expect(screen.getByRole("status")).toHaveTextContent("Imported: 2 topics added.");

    await user.click(within(await toasts()).getByRole("button", { name: "Undo" }));
    expect(marks()).toEqual(["in-progress", "none", "done"]);
    expect(services.progress.getState().inProgress).toEqual({ algebra: expect.any(Number) });
  });

  it("previews and applies a change of marks alone, and says so", async () => {
    const code = encodeShareCode(fixtureCurriculum, [], undefined, { inProgress: ["rnn"] });
    const { user, services } = await openShare(code);
    await user.click(screen.getByRole("button", { name: "Import" }));
    const dialog = screen.getByRole("dialog", { name: "Import shared progress" });
    const merge = within(dialog).getByRole("region", { name: "Merge" });
    expect(merge).toHaveTextContent("Other marks that would change:");
    expect(merge).toHaveTextContent("Recurrent networks");
    await user.click(within(dialog).getByRole("button", { name: "Merge with mine" }));
    expect(markKindOf(services.progress.getState(), "rnn")).toBe("in-progress");
    expect(screen.getByRole("status")).toHaveTextContent(
      "Imported: some marks changed, no topic added or removed.",
    );
  });

  it("counts a topic I ticked under its former id as mine, in the preview and the import", async () => {
    const code = encodeShareCode(fixtureCurriculum, ["neural-nets"], undefined, {
      known: ["neural-nets"],
    });
    const app = await renderApp({ lang: "en", done: ["nn"], route: `#/share/${code}` });
    await screen.findByRole("heading", { level: 1 }, { timeout: 10_000 });
    await app.user.click(screen.getByRole("button", { name: "Import" }));
    const dialog = screen.getByRole("dialog", { name: "Import shared progress" });
    expect(within(dialog).getByRole("region", { name: "Merge" })).toHaveTextContent(
      "adds 0 topics",
    );
    await app.user.click(within(dialog).getByRole("button", { name: "Merge with mine" }));
    expect(screen.getByRole("status")).toHaveTextContent("Imported; your progress did not change.");
    expect(Object.keys(app.services.progress.getState().done)).toEqual(["nn"]);
  });

  it("speaks Chinese: 已掌握 and 学习中 on the shared rows", async () => {
    await openShare(markedCode, "zh");
    expect(within(row("calculus")).getByText("已掌握")).toBeVisible();
    expect(within(row("rnn")).getByText("学习中")).toBeVisible();
  });
});
