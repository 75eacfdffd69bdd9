import { act, screen, within } from "@testing-library/react";
import { MAX_IMPORT_BYTES } from "../../../src/progress/export-file";
import { type RenderAppOptions, type RenderAppResult, renderApp, SEED_TIME } from "../render-app";
import { openMenu } from "../open-menu";
import { preloadShareModules, storedProgress, toasts } from "./helpers";

beforeAll(preloadShareModules, 30_000);
// Whole-app renders with lazy views are slow on a busy two-core machine: give them room.
vi.setConfig({ testTimeout: 20_000 });

const T1 = Date.UTC(2024, 0, 5, 8, 0);
const T2 = Date.UTC(2024, 0, 6, 21, 15);
const T3 = Date.UTC(2024, 1, 1, 12, 30);

function progressFile(done: { id: string; tickedAt: string | null }[]): string {
  return JSON.stringify({
    format: "jiewang-progress",
    version: 1,
    curriculum: "Test curriculum",
    exportedAt: new Date(T3).toISOString(),
    done,
  });
}

function jsonFile(text: string, name = "jiewang-progress-2024-02-01.json"): File {
  return new File([text], name, { type: "application/json" });
}

const iso = (time: number) => new Date(time).toISOString();

function v2File(topics: Record<string, unknown>[]): string {
  return JSON.stringify({
    format: "jiewang-progress",
    version: 2,
    curriculum: "Test curriculum",
    exportedAt: iso(T3),
    topics,
  });
}

/** Opens the menu of a rendered app and chooses `file` through its Import file input. */
async function chooseFile(app: RenderAppResult, file: File, name = "Import file") {
  await openMenu(app.user);
  await screen.findByRole("button", { name }, { timeout: 10_000 });
  await app.user.upload(screen.getByLabelText(name), file);
  await screen.findByRole("dialog");
}

/** Renders the app, opens the menu and chooses `file` through the Import file input. */
async function importFile(file: File, options: RenderAppOptions = {}) {
  const app = await renderApp({ lang: "en", ...options });
  const before = storedProgress(app.storage);
  await chooseFile(app, file, options.lang === "zh" ? "导入文件" : "Import file");
  return { ...app, before };
}

describe("Import file", () => {
  it("opens the file picker from the Import file button", async () => {
    const { user } = await renderApp({ lang: "en" });
    await openMenu(user);
    await screen.findByRole("button", { name: "Import file" }, { timeout: 10_000 });
    const input = screen.getByLabelText<HTMLInputElement>("Import file");
    const click = vi.spyOn(input, "click");
    await user.click(screen.getByRole("button", { name: "Import file" }));
    expect(click).toHaveBeenCalledTimes(1);
  });

  it("shows what would change, changes nothing before I confirm, then merges with the file's tick times", async () => {
    const file = jsonFile(
      progressFile([
        { id: "algebra", tickedAt: new Date(T1).toISOString() },
        { id: "calculus", tickedAt: new Date(T2).toISOString() },
        { id: "nn", tickedAt: new Date(T3).toISOString() },
      ]),
    );
    const { user, services, storage, before } = await importFile(file, { done: ["probability"] });

    const dialog = screen.getByRole("dialog", { name: "Import progress from a file" });
    expect(dialog).toHaveTextContent("The file lists 3 done topics.");
    expect(dialog).toHaveTextContent("Exported from the curriculum: Test curriculum");
    const merge = within(dialog).getByRole("region", { name: "Merge" });
    expect(merge).toHaveTextContent("adds 3 topics");
    // The old id "nn" is shown as the renamed topic.
    expect(within(merge).getByText("Neural networks")).toBeVisible();
    const replace = within(dialog).getByRole("region", { name: "Replace" });
    expect(replace).toHaveTextContent("adds 3, removes 1");
    expect(within(replace).getByText("概率论")).toBeVisible();
    expect(storedProgress(storage)).toBe(before);
    expect(Object.keys(services.progress.getState().done)).toEqual(["probability"]);

    await user.click(within(dialog).getByRole("button", { name: "Merge with mine" }));

    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(services.progress.getState().done).toEqual({
      probability: SEED_TIME,
      algebra: T1,
      calculus: T2,
      nn: T3,
    });
    expect(screen.getByRole("status")).toHaveTextContent("Imported: 3 topics added.");

    await user.click(within(await toasts()).getByRole("button", { name: "Undo" }));
    expect(services.progress.getState().done).toEqual({ probability: SEED_TIME });
  });

  it("replaces my progress on Replace mine", async () => {
    const file = jsonFile(progressFile([{ id: "algebra", tickedAt: new Date(T1).toISOString() }]));
    const { user, services } = await importFile(file, { done: ["probability", "calculus"] });
    await user.click(screen.getByRole("button", { name: "Replace mine" }));
    expect(services.progress.getState().done).toEqual({ algebra: T1 });
    expect(screen.getByRole("status")).toHaveTextContent("Imported: 1 topic added, 2 removed.");
  });

  it("leaves out topics of the file that this curriculum cannot name, and says so", async () => {
    const file = jsonFile(
      progressFile([
        { id: "algebra", tickedAt: null },
        { id: "quantum-computing", tickedAt: new Date(T1).toISOString() },
      ]),
    );
    await importFile(file);
    const dialog = screen.getByRole("dialog", { name: "Import progress from a file" });
    expect(dialog).toHaveTextContent("The file lists 1 done topic.");
    expect(dialog).toHaveTextContent(
      "1 entry names no topic of this curriculum (not even a former one) and was left out.",
    );
  });

  it("changes nothing on Cancel", async () => {
    const file = jsonFile(progressFile([{ id: "algebra", tickedAt: null }]));
    const { user, services, storage, before } = await importFile(file, { done: ["calculus"] });
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(Object.keys(services.progress.getState().done)).toEqual(["calculus"]);
    expect(storedProgress(storage)).toBe(before);
  });

  it.each([
    ["larger than 1 MB", `"${"x".repeat(MAX_IMPORT_BYTES)}"`, /larger than 1 MB/],
    ["not JSON", "{ this is not json", /not a JSON file/],
    [
      "in another format",
      JSON.stringify({ format: "bookmarks", items: [] }),
      /not a progress file/,
    ],
    [
      "from a newer version",
      JSON.stringify({ format: "jiewang-progress", version: 99, done: [] }),
      /newer version/,
    ],
    [
      "dated with no real date",
      progressFile([{ id: "algebra", tickedAt: "last Tuesday" }]),
      /date that is not a valid date and time/,
    ],
  ])("explains a file that is %s and changes nothing", async (_label, text, reason) => {
    const { user, services, storage, before } = await importFile(jsonFile(text), {
      done: ["calculus"],
    });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("This file cannot be imported:");
    expect(alert).toHaveTextContent(reason);
    expect(screen.queryByRole("button", { name: "Merge with mine" })).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "OK" }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(Object.keys(services.progress.getState().done)).toEqual(["calculus"]);
    expect(storedProgress(storage)).toBe(before);
  });

  it("warns before a merge cuts a note, then says which note was cut and that only a note changed", async () => {
    const long = "a".repeat(20_000);
    const file = jsonFile(
      v2File([{ id: "algebra", mark: "done", markedAt: iso(T1), note: long, noteAt: iso(T2) }]),
    );
    const app = await renderApp({ lang: "en", done: { algebra: T1 } });
    act(() => {
      app.services.progress.getState().setNote("algebra", "receiver note");
    });
    await chooseFile(app, file);

    const merge = within(screen.getByRole("dialog")).getByRole("region", { name: "Merge" });
    expect(merge).toHaveTextContent(
      "1 note would be longer than 20,000 characters and cut, losing its end:",
    );
    expect(merge).toHaveTextContent("1 of your notes would get the file's note added at its end:");
    expect(within(merge).getAllByText("Linear algebra")).toHaveLength(2);

    await app.user.click(screen.getByRole("button", { name: "Merge with mine" }));
    const status = screen.getByRole("status");
    expect(status).toHaveTextContent("Imported. 1 note merged with the file's.");
    expect(status).toHaveTextContent(
      "The note on “Linear algebra” went over 20,000 characters and was cut: its end was not kept.",
    );
    expect(status).not.toHaveTextContent("marks changed");
  });

  it("says in Chinese what a merge changed", async () => {
    const file = jsonFile(
      v2File([{ id: "algebra", mark: "done", markedAt: iso(T1), note: "新笔记", noteAt: iso(T2) }]),
    );
    const app = await renderApp({ lang: "zh", done: { algebra: T1 } });
    act(() => {
      app.services.progress.getState().setNote("algebra", "我的笔记");
    });
    await chooseFile(app, file, "导入文件");
    await app.user.click(screen.getByRole("button", { name: "与我的进度合并" }));
    expect(screen.getByRole("status")).toHaveTextContent("已导入。1 条笔记并入了文件里的笔记。");
  });

  it("says before Replace how many notes and review records it removes, and that a version-1 file has none", async () => {
    const file = jsonFile(progressFile([{ id: "algebra", tickedAt: iso(T1) }]));
    const app = await renderApp({ lang: "en", done: { algebra: T1, calculus: T1 } });
    act(() => {
      app.services.progress.getState().setNote("calculus", "my calculus note");
      app.services.progress.getState().recordReview("calculus", "remembered");
    });
    await chooseFile(app, file);

    const dialog = screen.getByRole("dialog");
    expect(dialog).toHaveTextContent(
      "This is a version-1 file: it holds done topics only, no notes, other marks or review history.",
    );
    const replace = within(dialog).getByRole("region", { name: "Replace" });
    expect(replace).toHaveTextContent("1 of your notes would be deleted:");
    expect(replace).toHaveTextContent("1 of your review records would be removed.");
    const merge = within(dialog).getByRole("region", { name: "Merge" });
    expect(merge).not.toHaveTextContent("deleted");

    await app.user.click(within(dialog).getByRole("button", { name: "Replace mine" }));
    expect(screen.getByRole("status")).toHaveTextContent(
      "Imported: 0 topics added, 1 removed. 1 note deleted. 1 review record removed.",
    );
  });

  it("previews marks other than done and notes the file would bring", async () => {
    const file = jsonFile(
      v2File([
        { id: "algebra", mark: "done", markedAt: iso(T1) },
        {
          id: "calculus",
          mark: "in-progress",
          markedAt: iso(T2),
          note: "chain rule",
          noteAt: iso(T2),
        },
      ]),
    );
    const app = await renderApp({ lang: "en" });
    await chooseFile(app, file);
    const merge = within(screen.getByRole("dialog")).getByRole("region", { name: "Merge" });
    expect(merge).toHaveTextContent("adds 1 topic");
    expect(merge).toHaveTextContent("Other marks that would change:Calculus");
    expect(merge).toHaveTextContent("1 note would be added:Calculus");
  });

  const withTickTime = (tickedAt: string) => progressFile([{ id: "algebra", tickedAt }]);
  it.each([
    [
      "version 0",
      JSON.stringify({ format: "jiewang-progress", version: 0, done: [] }),
      /format version is not one Jiewang has ever written/,
      /newer version/,
    ],
    [
      "30 February",
      withTickTime("2025-02-30T10:00:00.000Z"),
      /not a valid date and time with a time zone/,
      /before 2000/,
    ],
    [
      "24:00",
      withTickTime("2025-03-01T24:00:00.000Z"),
      /not a valid date and time with a time zone/,
      /before 2000/,
    ],
    [
      "a time without a time zone",
      withTickTime("2025-03-01T10:00:00"),
      /not a valid date and time with a time zone/,
      /before 2000/,
    ],
    [
      "a date before 2000",
      withTickTime("1999-12-31T23:59:59.000Z"),
      /cannot be right \(before 2000, or more than a year from now\)/,
      /time zone/,
    ],
  ])("gives the true reason for %s", async (_label, text, reason, notReason) => {
    await importFile(jsonFile(text));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(reason);
    expect(alert).not.toHaveTextContent(notReason);
  });

  it("names the entry at fault, in Chinese too", async () => {
    await importFile(jsonFile(withTickTime("2025-02-30T10:00:00.000Z")), { lang: "zh" });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("不是有效日期时间（带时区）的值");
    expect(alert).toHaveTextContent("出问题的条目：“algebra”。");
  });
});
