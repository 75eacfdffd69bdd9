import { act, screen, within } from "@testing-library/react";
import { createProgressStore } from "../../../src/progress/store";
import { MemoryStorage, PROGRESS_KEY, renderApp } from "../render-app";

function notice(): HTMLElement {
  return screen.getByRole("complementary", { name: "Saving progress" });
}

function stateOf(id: string): string | null {
  return document.querySelector(`[data-topic-id="${id}"]`)?.getAttribute("data-state") ?? null;
}

describe("storage problems", () => {
  it("keeps working in memory when storage throws, and says so", async () => {
    const storage = new MemoryStorage();
    storage.failWith = new Error("SecurityError: storage is disabled");
    const { user } = await renderApp({ lang: "en", storage });

    expect(within(notice()).getByText(/Browser storage is unavailable/)).toBeVisible();
    await user.click(screen.getByRole("checkbox", { name: "Calculus" }));
    expect(stateOf("calculus")).toBe("done");
  });

  it("says so when storage is full, and keeps the tick in memory", async () => {
    const storage = new MemoryStorage();
    const { user } = await renderApp({ lang: "en", storage });
    expect(screen.queryByRole("complementary", { name: "Saving progress" })).toBeNull();

    storage.failWritesWith = new DOMException("quota", "QuotaExceededError");
    await user.click(screen.getByRole("checkbox", { name: "Calculus" }));
    expect(stateOf("calculus")).toBe("done");
    expect(within(notice()).getByText(/Browser storage is full/)).toBeVisible();
  });

  it("starts empty on a corrupt stored value, says so, and keeps the raw value in a backup", async () => {
    const storage = new MemoryStorage();
    storage.data.set(PROGRESS_KEY, "{this is not json");
    const { user } = await renderApp({ lang: "en", storage });

    expect(notice()).toHaveTextContent(/could not be read.*backup key/);
    expect(stateOf("algebra")).toBe("available");
    const backups = [...storage.data].filter(([key]) => key.startsWith(`${PROGRESS_KEY}:backup`));
    expect(backups.map(([, value]) => value)).toEqual(["{this is not json"]);

    await user.click(screen.getByRole("button", { name: "Got it" }));
    expect(screen.queryByRole("complementary", { name: "Saving progress" })).toBeNull();
  });

  it("does not claim a backup it could not make", async () => {
    const storage = new MemoryStorage();
    storage.data.set(PROGRESS_KEY, "{broken");
    // Reads work, every write fails: the backup copy cannot be written.
    storage.failWritesWith = new DOMException("quota", "QuotaExceededError");
    await renderApp({ lang: "en", storage });
    expect(notice()).toHaveTextContent(/No backup copy could be made/);
    // Nothing new is saved over the original, and the learner is told so.
    expect(notice()).toHaveTextContent(/new progress is kept on this page only/);
    expect(storage.data.get(PROGRESS_KEY)).toBe("{broken");
  });

  it("also says it through the polite live region", async () => {
    const storage = new MemoryStorage();
    storage.failWith = new Error("blocked");
    await renderApp({ lang: "zh", storage });
    expect(screen.getByRole("status")).toHaveTextContent("浏览器存储不可用");
  });
});

describe("several tabs", () => {
  it("shows a tick made in another tab without a reload", async () => {
    const storage = new MemoryStorage();
    await renderApp({ lang: "en", storage });
    expect(stateOf("calculus")).toBe("available");

    // The other tab writes to the same storage; the browser then fires "storage" here.
    const otherTab = createProgressStore({ key: PROGRESS_KEY, storage });
    otherTab.getState().tick("calculus");
    act(() => {
      window.dispatchEvent(
        new StorageEvent("storage", {
          key: PROGRESS_KEY,
          newValue: storage.data.get(PROGRESS_KEY) ?? null,
        }),
      );
    });
    expect(stateOf("calculus")).toBe("done");
  });
});
