import { screen, within } from "@testing-library/react";
import { openMenu } from "../open-menu";
import { renderApp } from "../render-app";
import { row, storageWith } from "./helpers";

const AT = Date.UTC(2024, 2, 3, 10, 0);

/** A format-version-2 file: algebra known, calculus with a note. */
function fileV2(): File {
  const text = JSON.stringify({
    format: "jiewang-progress",
    version: 2,
    curriculum: "Test curriculum",
    exportedAt: new Date(AT).toISOString(),
    topics: [
      { id: "algebra", mark: "known", markedAt: new Date(AT).toISOString() },
      { id: "calculus", note: "theirs: limits first", noteAt: new Date(AT).toISOString() },
    ],
  });
  return new File([text], "jiewang-progress-2024-03-03.json", { type: "application/json" });
}

async function importWith(mode: "Merge with mine" | "Replace mine") {
  const storage = storageWith((store) => store.getState().setNote("calculus", "mine: chain rule"));
  const app = await renderApp({ lang: "en", storage });
  await openMenu(app.user);
  await screen.findByRole("button", { name: "Import file" });
  await app.user.upload(screen.getByLabelText("Import file"), fileV2());
  const dialog = await screen.findByRole("dialog");
  await app.user.click(within(dialog).getByRole("button", { name: mode }));
  return app;
}

describe("Import file, format version 2", () => {
  it("merge keeps my note and appends the file's differing note; marks come along", async () => {
    const { services } = await importWith("Merge with mine");
    const note = services.progress.getState().notes.calculus?.text ?? "";
    expect(note.startsWith("mine: chain rule")).toBe(true);
    expect(note).toContain("imported");
    expect(note.endsWith("theirs: limits first")).toBe(true);
    expect(row("algebra")).toHaveAttribute("data-mark", "known");
    expect(row("calculus")).toHaveAttribute("data-note", "true");
  });

  it("replace takes the file's note", async () => {
    const { services } = await importWith("Replace mine");
    expect(services.progress.getState().notes.calculus?.text).toBe("theirs: limits first");
    expect(row("algebra")).toHaveAttribute("data-mark", "known");
  });
});
