/**
 * A view whose code cannot be loaded (offline, say): the page says so and offers to try again;
 * trying again loads it anew. The views' loaders are injected through the app's services.
 */
import { act, screen } from "@testing-library/react";
import { vi } from "vitest";
import { viewLoaders } from "../../../src/ui/route-view";
import { renderApp } from "../render-app";

describe("a view whose code cannot be loaded", () => {
  it("offers to try again, and shows the view once the code arrives", async () => {
    let online = false;
    let attempts = 0;
    const views = {
      ...viewLoaders,
      plan: () => {
        attempts++;
        return online ? viewLoaders.plan() : Promise.reject(new TypeError("Failed to fetch"));
      },
    };
    // React reports the failed load it hands to the error boundary; that is expected here.
    const report = vi.spyOn(console, "error").mockImplementation(() => {});
    await renderApp({ lang: "en", route: "#/plan", views });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("This part of the page could not be loaded.");
    expect(alert).toHaveTextContent("Check your connection");
    expect(screen.queryByRole("button", { name: /Reset plan settings/ })).toBeNull();
    expect(screen.queryByRole("heading", { level: 1 })).toBeNull();
    report.mockRestore();

    online = true;
    const before = attempts;
    const retry = screen.getByRole("button", { name: "Try again" });
    await act(async () => retry.click());
    expect(await screen.findByRole("heading", { level: 1, name: "Plan" })).toBeInTheDocument();
    expect(attempts).toBeGreaterThan(before);
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
