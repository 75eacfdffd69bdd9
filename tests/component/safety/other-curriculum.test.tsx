/**
 * Progress from another curriculum: a share link made there is explained, not read as progress
 * here, and a file's entries that name no topic here are left out and counted.
 */
import { screen, within } from "@testing-library/react";
import { encodeShareCode } from "../../../src/progress/share-codec";
import { FileImportDialogs, FileInput, useFileImport } from "../../../src/ui/share/file-import";
import { makeCurriculum } from "../../fixtures/curriculum-factory";
import { renderApp, renderWithServices } from "../render-app";
import { preloadShareModules, storedProgress } from "../share/helpers";

beforeAll(preloadShareModules, 30_000);
vi.setConfig({ testTimeout: 20_000 });

const elsewhere = makeCurriculum({
  sections: [{ id: "s", title: { zh: "别处", en: "Elsewhere" } }],
  topics: [
    { id: "cooking", title: { zh: "烹饪", en: "Cooking" }, section: "s", hours: 1 },
    {
      id: "baking",
      title: { zh: "烘焙", en: "Baking" },
      section: "s",
      hours: 1,
      requires: ["cooking"],
    },
  ],
});

describe("a share link made for another curriculum", () => {
  it.each([
    ["en", "This code was made for another curriculum", "Your own progress has not been changed."],
    ["zh", "这个分享码来自另一份课程", ""],
  ])("is explained in %s and leaves my progress as it was", async (lang, reason, untouched) => {
    const code = encodeShareCode(elsewhere, ["cooking", "baking"]);
    const { storage, services } = await renderApp({
      lang,
      done: ["algebra"],
      route: `#/share/${code}`,
    });
    const before = storedProgress(storage);
    const alert = await screen.findByRole("alert", {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent(reason);
    if (untouched) expect(alert).toHaveTextContent(untouched);
    expect(screen.queryByRole("button", { name: /^(Import|导入)$/ })).toBeNull();
    expect(storedProgress(storage)).toBe(before);
    expect(Object.keys(services.progress.getState().done)).toEqual(["algebra"]);
  });
});

function FileImportHarness() {
  const fileImport = useFileImport();
  return (
    <>
      <FileInput fileImport={fileImport} />
      <FileImportDialogs fileImport={fileImport} />
    </>
  );
}

describe("a progress file with ids this curriculum cannot name", () => {
  it("leaves them out, says how many, and imports only known topics", async () => {
    const file = JSON.stringify({
      format: "jiewang-progress",
      version: 1,
      curriculum: "Another curriculum",
      exportedAt: "2024-02-01T12:00:00.000Z",
      done: [
        { id: "algebra", tickedAt: "2024-01-05T08:00:00.000Z" },
        { id: "cooking", tickedAt: "2024-01-05T08:00:00.000Z" },
        { id: "baking", tickedAt: null },
        { id: "nn", tickedAt: null },
      ],
    });
    const { user, services } = await renderWithServices(<FileImportHarness />, { lang: "en" });
    await user.upload(
      screen.getByLabelText("Import file"),
      new File([file], "progress.json", { type: "application/json" }),
    );
    const dialog = await screen.findByRole("dialog", { name: "Import progress from a file" });
    expect(dialog).toHaveTextContent("The file lists 2 done topics.");
    expect(dialog).toHaveTextContent(
      "2 entries name no topic of this curriculum (not even a former one) and were left out.",
    );
    await user.click(within(dialog).getByRole("button", { name: "Replace mine" }));
    // The former id "nn" was kept (it names Neural networks); the unknown ones were not.
    expect(Object.keys(services.progress.getState().done).sort()).toEqual(["algebra", "nn"]);
  });
});
