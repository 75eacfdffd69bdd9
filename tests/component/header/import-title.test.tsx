import { screen } from "@testing-library/react";
import { openMenu } from "../open-menu";
import { renderApp } from "../render-app";

vi.setConfig({ testTimeout: 20_000 });

/** A progress file as exported by this curriculum: its title in the first language (zh). */
function exportedFile(curriculum: string): File {
  const text = JSON.stringify({
    format: "jiewang-progress",
    version: 1,
    curriculum,
    exportedAt: "2024-02-01T12:30:00.000Z",
    done: [{ id: "algebra", tickedAt: "2024-02-01T12:00:00.000Z" }],
  });
  return new File([text], "jiewang-progress-2024-02-01.json", { type: "application/json" });
}

async function importInEnglish(curriculum: string) {
  const { user } = await renderApp({ lang: "en" });
  await openMenu(user);
  await screen.findByRole("button", { name: "Import file" }, { timeout: 10_000 });
  await user.upload(screen.getByLabelText("Import file"), exportedFile(curriculum));
  return screen.findByRole("dialog", { name: "Import progress from a file" });
}

describe("the import dialog's curriculum title", () => {
  it("names this curriculum in the UI's language, whatever language the file gives", async () => {
    const dialog = await importInEnglish("测试课程");
    expect(dialog).toHaveTextContent("Test curriculum");
    expect(dialog).not.toHaveTextContent("测试课程");
  });

  it("repeats another curriculum's title as the file gives it", async () => {
    const dialog = await importInEnglish("Some other course");
    expect(dialog).toHaveTextContent("Some other course");
  });
});
