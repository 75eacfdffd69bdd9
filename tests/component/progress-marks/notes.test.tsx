import { act, cleanup, screen, within } from "@testing-library/react";
import { MAX_NOTE_LENGTH } from "../../../src/progress/export-format";
import { PROGRESS_KEY, renderApp } from "../render-app";
import { row, storageWith } from "./helpers";

describe("notes on a topic", () => {
  it("saves every keystroke to storage, and shows the note again after a reload", async () => {
    const { user, storage } = await renderApp({ lang: "en", route: "#/topic/calculus" });
    const box = await screen.findByRole("textbox", { name: "Notes" });
    await user.type(box, "Chain rule{Enter}ok");
    // Saved as typed: storage already holds every character, no save button exists.
    expect(storage?.getItem(PROGRESS_KEY)).toContain("Chain rule\\nok");
    expect(screen.queryByRole("button", { name: /save/i })).not.toBeInTheDocument();

    cleanup();
    await renderApp({ lang: "en", route: "#/topic/calculus", storage });
    expect(await screen.findByRole("textbox", { name: "Notes" })).toHaveValue("Chain rule\nok");
  });

  it("shows the note back as plain text, never as HTML", async () => {
    const { user } = await renderApp({ lang: "en", route: "#/topic/algebra" });
    const box = await screen.findByRole("textbox", { name: "Notes" });
    await user.type(box, "<b>bold</b> <img src=x onerror=alert(1)>");
    expect(box).toHaveValue("<b>bold</b> <img src=x onerror=alert(1)>");
    const section = box.closest("section") as HTMLElement;
    expect(section.querySelector("b, img")).toBeNull();
  });

  it("counts characters near the limit and keeps a note within it", async () => {
    const near = "a".repeat(MAX_NOTE_LENGTH - 2_001);
    const storage = storageWith((store) => store.getState().setNote("algebra", near));
    const { user, services } = await renderApp({ lang: "en", route: "#/topic/algebra", storage });
    const box = await screen.findByRole("textbox", { name: "Notes" });
    expect(screen.queryByText(/of 20,000 characters/)).not.toBeInTheDocument();

    act(() => {
      services.progress.getState().setNote("algebra", "a".repeat(MAX_NOTE_LENGTH - 3));
    });
    expect(screen.getByText("19,997 of 20,000 characters")).toBeInTheDocument();
    await user.type(box, "xyz!");
    expect(screen.getByText("20,000 of 20,000 characters")).toBeInTheDocument();
    expect(services.progress.getState().notes.algebra?.text).toHaveLength(MAX_NOTE_LENGTH);
    expect(screen.getByRole("alert")).toHaveTextContent("at most 20,000 characters");
  });

  it("marks rows with a note, with an accessible name, in Chinese too", async () => {
    const storage = storageWith((store) => store.getState().setNote("calculus", "复习"));
    await renderApp({ lang: "zh", storage });
    expect(row("calculus")).toHaveAttribute("data-note", "true");
    expect(within(row("calculus")).getByRole("img", { name: "有笔记" })).toBeInTheDocument();
    expect(row("algebra")).not.toHaveAttribute("data-note");
  });

  it("labels the box 笔记 in Chinese", async () => {
    await renderApp({ lang: "zh", route: "#/topic/calculus" });
    expect(await screen.findByRole("textbox", { name: "笔记" })).toBeInTheDocument();
  });

  it("finds a note kept under a topic's former id (renamed with aliases)", async () => {
    const storage = storageWith((store) =>
      store.getState().setNote("nn", "from before the rename"),
    );
    await renderApp({ lang: "en", storage });
    expect(row("neural-nets")).toHaveAttribute("data-note", "true");
    cleanup();
    await renderApp({ lang: "en", route: "#/topic/neural-nets", storage });
    expect(await screen.findByRole("textbox", { name: "Notes" })).toHaveValue(
      "from before the rename",
    );
  });
});
