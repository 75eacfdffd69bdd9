/**
 * Every view but the outline comes with the deferred chunk. When that chunk cannot be loaded
 * (offline, say), the page says so and offers to try again; trying again loads it anew.
 */
import { act, screen } from "@testing-library/react";
import { vi } from "vitest";
import { renderApp } from "../render-app";

const network = vi.hoisted(() => ({ online: true, attempts: 0 }));

// The tests' setup has the deferred chunk in memory already: while "offline", the app sees it
// as not loaded, and loading it fails.
vi.mock("../../../src/ui/components/deferred", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../../src/ui/components/deferred")>();
  return {
    ...actual,
    useDeferred: () => {
      const parts = actual.useDeferred();
      return network.online ? parts : undefined;
    },
    loadDeferred: () => {
      network.attempts++;
      return network.online ? actual.loadDeferred() : Promise.reject(new Error("offline"));
    },
  };
});

afterEach(() => {
  network.online = true;
});

describe("a view whose code cannot be loaded", () => {
  it("offers to try again, and shows the view once the code arrives", async () => {
    network.online = false;
    // React reports the failed load it hands to the error boundary; that is expected here.
    const report = vi.spyOn(console, "error").mockImplementation(() => {});
    await act(async () => renderApp({ lang: "en", route: "#/plan" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("This part of the page could not be loaded.");
    expect(screen.queryByRole("heading", { level: 1 })).toBeNull();
    report.mockRestore();

    network.online = true;
    const before = network.attempts;
    // The view suspends on the chunk (React's `use`), which a test awaits inside act.
    const retry = screen.getByRole("button", { name: "Try again" });
    await act(async () => retry.click());
    expect(await screen.findByRole("heading", { level: 1, name: "Plan" })).toBeInTheDocument();
    expect(network.attempts).toBeGreaterThan(before);
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
