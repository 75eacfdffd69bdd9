import { screen, within } from "@testing-library/react";
import { MAX_IMPORT_BYTES } from "../../../src/progress/export-file";
import { type RenderAppOptions, renderApp, SEED_TIME } from "../render-app";
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

/** Renders the app, opens the menu and chooses `file` through the Import file input. */
async function importFile(file: File, options: RenderAppOptions = {}) {
  const app = await renderApp({ lang: "en", ...options });
  await openMenu(app.user);
  const name = options.lang === "zh" ? "导入文件" : "Import file";
  await screen.findByRole("button", { name }, { timeout: 10_000 });
  const before = storedProgress(app.storage);
  await app.user.upload(screen.getByLabelText(name), file);
  // The file is read asynchronously; a dialog follows either way (preview or explanation).
  await screen.findByRole("dialog");
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
