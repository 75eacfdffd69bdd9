/**
 * A view that fails to render (not to load) says so without blaming the connection, and offers a
 * way out that does not depend on that view: resetting the plan's settings.
 */
import { act, screen } from "@testing-library/react";
import { vi } from "vitest";
import { useProgress } from "../../../src/ui/app-context";
import { isNetworkError } from "../../../src/ui/layout/load-error";
import { viewLoaders } from "../../../src/ui/route-view";
import { createTestServices, renderApp } from "../render-app";

/** A plan view that breaks on one pace, as a real one could on a value it cannot show. */
function FragilePlan() {
  const pace = useProgress((state) => state.hoursPerWeek);
  if (pace === 7) throw new RangeError("Invalid time value");
  return <h1>Plan drawn at {pace} h a week</h1>;
}

describe("a view that fails to render", () => {
  it("says something went wrong, and resetting the plan settings brings the view back", async () => {
    const { storage } = createTestServices();
    const seed = createTestServices({ storage });
    act(() => {
      seed.services.progress.getState().setHoursPerWeek(7);
      seed.services.progress.getState().setGoal("rnn");
    });
    const report = vi.spyOn(console, "error").mockImplementation(() => {});
    const { user, services } = await renderApp({
      lang: "en",
      route: "#/plan",
      storage,
      views: { ...viewLoaders, plan: async () => ({ default: FragilePlan }) },
    });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Something went wrong while showing this part of the page.");
    expect(alert).not.toHaveTextContent(/connection/i);
    report.mockRestore();

    await user.click(screen.getByRole("button", { name: "Reset plan settings (goal and pace)" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: /Plan drawn at 5 h/ }),
    ).toBeVisible();
    expect(services.progress.getState().goal).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
  });
});

describe("telling network errors from others", () => {
  it.each([
    [new TypeError("Failed to fetch dynamically imported module: https://x/a.js"), true],
    [new TypeError("Importing a module script failed."), true],
    [new TypeError("error loading dynamically imported module"), true],
    [new TypeError("Failed to fetch"), true],
    [new RangeError("Invalid time value"), false],
    [new TypeError("Cannot read properties of undefined (reading 'id')"), false],
    ["offline", false],
  ])("%s -> %s", (error, network) => {
    expect(isNetworkError(error)).toBe(network);
  });
});
