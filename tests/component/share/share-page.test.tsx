import { act, screen, within } from "@testing-library/react";
import { encodeShareCode } from "../../../src/progress/share-codec";
import { layoutFor } from "../graph/fixture-graph";
import { makeCurriculum } from "../../fixtures/curriculum-factory";
import { fixtureCurriculum, renderApp } from "../render-app";
import { preloadShareModules, row, storedProgress, toasts } from "./helpers";

beforeAll(preloadShareModules, 30_000);
// Whole-app renders with lazy views are slow on a busy two-core machine: give them room.
vi.setConfig({ testTimeout: 20_000 });

const sharedCode = (ids: string[], name?: string) => encodeShareCode(fixtureCurriculum, ids, name);

/** Opens a share link with my own progress `mine` and waits for the lazy page. */
async function openShare(code: string, mine: string[] = []) {
  const app = await renderApp({ lang: "en", done: mine, route: `#/share/${code}` });
  // The first lazy load in a test file includes transforming the modules: allow for it.
  await screen.findByRole(
    "heading",
    { level: 1, name: /Shared progress|share link/ },
    { timeout: 10_000 },
  );
  return app;
}

describe("opening a share link", () => {
  it("shows the shared progress read-only, with states from the link", async () => {
    await openShare(sharedCode(["algebra", "calculus", "neural-nets"]), ["probability"]);

    expect(row("algebra")).toHaveAttribute("data-state", "done");
    expect(row("neural-nets")).toHaveAttribute("data-state", "done");
    expect(row("rnn")).toHaveAttribute("data-state", "available");
    // My own tick on probability does not show through.
    expect(row("probability")).toHaveAttribute("data-state", "available");
    const boxes = screen.getAllByRole("checkbox");
    expect(boxes).toHaveLength(fixtureCurriculum.topics.length);
    for (const box of boxes) expect(box).toBeDisabled();
    expect(screen.getByRole("checkbox", { name: "Calculus" })).toBeChecked();
  });

  it("can show the shared progress as a read-only graph", async () => {
    const { user, services } = await renderApp({
      lang: "en",
      done: ["probability"],
      route: `#/share/${sharedCode(["algebra", "calculus"])}`,
      layout: layoutFor(fixtureCurriculum),
    });
    await screen.findByRole("heading", { level: 1, name: "Shared progress" }, { timeout: 10_000 });
    const asGraph = screen.getByRole("button", { name: "Graph" });
    expect(asGraph).toHaveAttribute("aria-pressed", "false");
    await user.click(asGraph);
    expect(asGraph).toHaveAttribute("aria-pressed", "true");

    const node = (id: string) => document.querySelector(`.graph-canvas [data-topic-id="${id}"]`);
    await screen.findByRole("link", { name: /^Calculus/ }, { timeout: 10_000 });
    expect(node("calculus")).toHaveAttribute("data-state", "done");
    expect(node("probability")).toHaveAttribute("data-state", "available");
    // Read-only: Space on a node does not tick it, and my own progress is untouched.
    (node("probability") as HTMLElement).focus();
    await user.keyboard(" ");
    expect(node("probability")).toHaveAttribute("data-state", "available");
    expect(Object.keys(services.progress.getState().done)).toEqual(["probability"]);
  });

  it("says whose progress this is, as plain text", async () => {
    const name = '<img src=x onerror="alert(1)"> Mei';
    const { container } = await openShare(sharedCode(["algebra"], name));
    expect(screen.getAllByText(name, { exact: false })[0]).toBeVisible();
    expect(screen.getByText("This is the progress shared by", { exact: false })).toBeVisible();
    expect(container.querySelector("main img")).toBeNull();
  });

  it("says when the sharer left no name", async () => {
    await openShare(sharedCode(["algebra"]));
    expect(screen.getByText(/someone else’s shared progress \(they left no name\)/)).toBeVisible();
  });

  it("summarises the comparison with my progress", async () => {
    await openShare(sharedCode(["algebra", "calculus", "neural-nets"]), ["calculus", "gan"]);
    const comparison = screen.getByRole("region", { name: "Compared with your progress" });
    expect(within(comparison).getByText("Done by both: 1")).toBeVisible();
    expect(within(comparison).getByText("Only by you: 1")).toBeVisible();
    const theirs = within(comparison).getByText("Only by them: 2");
    expect(theirs.closest("details")).toHaveTextContent("Linear algebra");
    expect(theirs.closest("details")).toHaveTextContent("Neural networks");
    expect(theirs.closest("details")).not.toHaveTextContent("Calculus");
  });

  it("leaves my stored progress untouched and offers a way back to it", async () => {
    const { storage, services, user } = await openShare(sharedCode(["algebra", "calculus"]), [
      "probability",
    ]);
    const before = storedProgress(storage);
    const link = screen.getByRole("link", { name: "My progress" });
    expect(link).toHaveAttribute("href", "#/");
    await user.click(link);
    await screen.findByRole("heading", { level: 1, name: "Outline" });
    expect(row("algebra")).toHaveAttribute("data-state", "available");
    expect(row("probability")).toHaveAttribute("data-state", "done");
    expect(Object.keys(services.progress.getState().done)).toEqual(["probability"]);
    expect(storedProgress(storage)).toBe(before);
  });

  it("counts topics of the link that the curriculum no longer has", async () => {
    // A later version of the curriculum had two more topics (slots 7 and 8); both are done.
    const bigger = makeCurriculum({
      sections: [{ id: "basics", title: "Basics" }],
      topics: [
        ...fixtureCurriculum.topics.map((t) => ({ id: t.id, title: t.title })),
        { id: "removed-a", title: "Removed A" },
        { id: "removed-b", title: "Removed B" },
      ],
      slots: { ...fixtureCurriculum.slots, "removed-a": 7, "removed-b": 8 },
    });
    const code = encodeShareCode(bigger, ["algebra", "removed-a", "removed-b"]);
    await openShare(code);
    expect(
      screen.getByText(
        "2 topics in this link no longer exist in this curriculum and were skipped.",
      ),
    ).toBeVisible();
    expect(row("algebra")).toHaveAttribute("data-state", "done");
  });

  it("shows a topic renamed since the link was made under its new id", async () => {
    // The same curriculum before neural-nets was renamed from "nn" (same slot).
    const older = makeCurriculum({
      sections: fixtureCurriculum.sections.map((s) => ({ id: s.id, title: s.title })),
      topics: fixtureCurriculum.topics.map((t) => ({
        id: t.id === "neural-nets" ? "nn" : t.id,
        title: t.title,
        section: t.section,
      })),
      slots: Object.fromEntries(
        Object.entries(fixtureCurriculum.slots).map(([id, slot]) => [
          id === "neural-nets" ? "nn" : id,
          slot,
        ]),
      ),
    });
    expect(older.slots.nn).toBe(fixtureCurriculum.slots["neural-nets"]);
    await openShare(encodeShareCode(older, ["nn"]));
    expect(row("neural-nets")).toHaveAttribute("data-state", "done");
  });
});

describe("importing a shared link", () => {
  it("asks first, showing what merge and replace would change, and changes nothing on Cancel", async () => {
    const { user, storage, services } = await openShare(sharedCode(["algebra", "calculus"]), [
      "probability",
    ]);
    const before = storedProgress(storage);
    await user.click(screen.getByRole("button", { name: "Import" }));
    const dialog = screen.getByRole("dialog", { name: "Import shared progress" });
    const merge = within(dialog).getByRole("region", { name: "Merge" });
    expect(merge).toHaveTextContent("adds 2 topics");
    expect(merge).toHaveTextContent("Linear algebra");
    const replace = within(dialog).getByRole("region", { name: "Replace" });
    expect(replace).toHaveTextContent("adds 2, removes 1");
    expect(replace).toHaveTextContent("Would remove:");
    expect(storedProgress(storage)).toBe(before);

    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(Object.keys(services.progress.getState().done)).toEqual(["probability"]);
    expect(storedProgress(storage)).toBe(before);
  });

  it("merges on confirmation, and Undo restores my progress", async () => {
    const { user, services } = await openShare(sharedCode(["algebra", "calculus"]), [
      "probability",
    ]);
    await user.click(screen.getByRole("button", { name: "Import" }));
    await user.click(screen.getByRole("button", { name: "Merge with mine" }));

    expect(Object.keys(services.progress.getState().done).sort()).toEqual([
      "algebra",
      "calculus",
      "probability",
    ]);
    expect(screen.getByRole("status")).toHaveTextContent("Imported: 2 topics added.");
    const comparison = screen.getByRole("region", { name: "Compared with your progress" });
    expect(within(comparison).getByText("Only by them: 0")).toBeVisible();

    await user.click(within(await toasts()).getByRole("button", { name: "Undo" }));
    expect(Object.keys(services.progress.getState().done)).toEqual(["probability"]);
    expect(screen.getByRole("status")).toHaveTextContent("The import was undone.");
  });

  it("replaces my progress when I choose Replace mine", async () => {
    const { user, services } = await openShare(sharedCode(["algebra", "calculus"]), [
      "probability",
      "calculus",
    ]);
    await user.click(screen.getByRole("button", { name: "Import" }));
    await user.click(screen.getByRole("button", { name: "Replace mine" }));
    expect(Object.keys(services.progress.getState().done).sort()).toEqual(["algebra", "calculus"]);
    expect(screen.getByRole("status")).toHaveTextContent("Imported: 1 topic added, 1 removed.");
  });

  it("will not undo an import once something else has changed", async () => {
    const { user, services } = await openShare(sharedCode(["algebra"]));
    await user.click(screen.getByRole("button", { name: "Import" }));
    await user.click(screen.getByRole("button", { name: "Merge with mine" }));
    act(() => {
      services.progress.getState().tick("gan");
    });
    await user.click(within(await toasts()).getByRole("button", { name: "Undo" }));
    expect(Object.keys(services.progress.getState().done).sort()).toEqual(["algebra", "gan"]);
    expect(screen.getByRole("status")).toHaveTextContent("can no longer be undone");
  });

  it("speaks Chinese on the shared page: 导入 and 我的进度", async () => {
    const { user } = await renderApp({
      lang: "zh",
      route: `#/share/${sharedCode(["algebra"], "小林")}`,
    });
    await screen.findByRole("heading", { level: 1, name: "分享的进度" });
    expect(screen.getByText(/分享的进度。/)).toHaveTextContent("这是 小林 分享的进度。");
    expect(screen.getByRole("link", { name: "我的进度" })).toHaveAttribute("href", "#/");
    await user.click(screen.getByRole("button", { name: "导入" }));
    expect(screen.getByRole("button", { name: "与我的进度合并" })).toBeVisible();
    expect(screen.getByRole("button", { name: "替换我的进度" })).toBeVisible();
  });
});

describe("a bad share link", () => {
  const good = sharedCode(["algebra", "calculus", "neural-nets"], "Ana");
  const tamperedAt = 4;
  const swapped = good[tamperedAt] === "A" ? "B" : "A";
  const tampered = good.slice(0, tamperedAt) + swapped + good.slice(tamperedAt + 1);

  it.each([
    ["garbage", "hello world!", /characters a share code never has/],
    ["an encoded space inside", "1B%20iLX73", /characters a share code never has/],
    ["truncated", good.slice(0, 5), /incomplete|check digits do not match/],
    ["cut inside the name", good.slice(0, -2), /check digits do not match/],
    ["tampered", tampered, /check digits do not match/],
    ["from an unknown version", `9${good.slice(1)}`, /version mark/],
    ["far too long", "1".repeat(5000), /far too long/],
    ["empty", "", /no share code/],
  ])("explains what is wrong when it is %s, and changes nothing", async (_label, code, reason) => {
    const { storage, services, user } = await renderApp({
      lang: "en",
      done: ["probability"],
      route: `#/share/${code}`,
    });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(reason);
    expect(alert).toHaveTextContent("Your own progress has not been changed.");
    expect(document.querySelector("[data-topic-id]")).toBeNull();
    const before = storedProgress(storage);

    // The app stays usable: back to my own, unchanged progress.
    await user.click(screen.getByRole("link", { name: "My progress" }));
    await screen.findByRole("heading", { level: 1, name: "Outline" });
    expect(row("probability")).toHaveAttribute("data-state", "done");
    expect(Object.keys(services.progress.getState().done)).toEqual(["probability"]);
    expect(storedProgress(storage)).toBe(before);
  });
});
