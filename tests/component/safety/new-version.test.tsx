/**
 * A redeploy during a visit: the old build's hashed files are gone from the server. A topic body
 * or a view whose file answers 404 says a new version was published and offers a reload (the
 * one thing that can work), never a "Try again" that would meet the same 404.
 */
import { act, configure, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { vi } from "vitest";
import { AppShell } from "../../../src/ui/app-shell";
import { viewLoaders } from "../../../src/ui/route-view";
import { reloadPage } from "../../../src/ui/safety/reload-page";
import { failedModuleUrl, isStaleBuildError } from "../../../src/ui/safety/stale-build";
import { createTestServices, renderApp } from "../render-app";

vi.mock("../../../src/ui/safety/reload-page", () => ({ reloadPage: vi.fn() }));

configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  vi.mocked(reloadPage).mockClear();
  vi.unstubAllGlobals();
});

describe("a topic body whose file is gone", () => {
  it("says a new version was published and reloads the page, with no Try again", async () => {
    window.location.hash = "#/topic/rnn";
    const { services } = createTestServices({ lang: "en" });
    let calls = 0;
    const gone = {
      ...services,
      loadTopicBody: async () => {
        calls++;
        throw new Error("assets/rnn--en-0a1b2c3d.json: HTTP 404");
      },
    };
    render(<AppShell services={gone} />);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("A new version of this site was published");
    expect(screen.queryByRole("button", { name: "Try again" })).toBeNull();

    await userEvent.click(screen.getByRole("button", { name: "Reload" }));
    expect(reloadPage).toHaveBeenCalledTimes(1);
    expect(calls).toBe(1);
  });

  it("says it in Chinese too", async () => {
    window.location.hash = "#/topic/rnn";
    const { services } = createTestServices({ lang: "zh" });
    render(
      <AppShell
        services={{
          ...services,
          loadTopicBody: () => Promise.reject(new Error("assets/bodies-1.json: HTTP 410")),
        }}
      />,
    );
    expect(await screen.findByRole("alert")).toHaveTextContent("本站发布了新版本");
    expect(screen.getByRole("button", { name: "重新加载" })).toBeInTheDocument();
  });

  it("still offers Try again when the connection failed", async () => {
    window.location.hash = "#/topic/rnn";
    const { services } = createTestServices({ lang: "en" });
    render(
      <AppShell
        services={{
          ...services,
          loadTopicBody: () => Promise.reject(new TypeError("Failed to fetch")),
        }}
      />,
    );
    expect(await screen.findByRole("alert")).toHaveTextContent("could not be loaded");
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Reload" })).toBeNull();
  });
});

describe("a view whose code is gone", () => {
  const missing = "http://localhost:3000/assets/plan-page-DEADBEEF.js";

  it("asks the server about the module, and offers Reload when it answers 404", async () => {
    const head = vi.fn(async () => new Response(null, { status: 404 }));
    vi.stubGlobal("fetch", head);
    const views = {
      ...viewLoaders,
      plan: () =>
        Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${missing}`)),
    };
    const report = vi.spyOn(console, "error").mockImplementation(() => {});
    await renderApp({ lang: "en", route: "#/plan", views });
    expect(await screen.findByRole("button", { name: "Reload" })).toBeInTheDocument();
    report.mockRestore();
    expect(screen.getByRole("alert")).toHaveTextContent("A new version of this site was published");
    expect(screen.queryByRole("button", { name: "Try again" })).toBeNull();
    expect(head).toHaveBeenCalledWith(missing, expect.objectContaining({ method: "HEAD" }));
    await act(async () => screen.getByRole("button", { name: "Reload" }).click());
    expect(reloadPage).toHaveBeenCalledTimes(1);
  });

  it("keeps Try again when the module is still there (a dropped connection)", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("", { status: 200 })),
    );
    expect(
      await isStaleBuildError(
        new TypeError(`Failed to fetch dynamically imported module: ${missing}`),
        "http://localhost:3000/",
        fetch,
      ),
    ).toBe(false);
  });
});

describe("telling a gone file from a network error", () => {
  const base = "https://example.org/study/";
  const answer = (status: number) => vi.fn(async () => new Response(null, { status }));

  it("trusts an error that names the status", async () => {
    const never = vi.fn();
    expect(await isStaleBuildError(new Error("x.json: HTTP 404"), base, never)).toBe(true);
    expect(await isStaleBuildError({ status: 410 }, base, never)).toBe(true);
    expect(await isStaleBuildError(new Error("x.json: HTTP 500"), base, never)).toBe(false);
    expect(await isStaleBuildError(new Error("HTTP 4040"), base, never)).toBe(false);
    expect(never).not.toHaveBeenCalled();
  });

  it("asks only about modules of this site, and treats an unanswered question as not gone", async () => {
    const foreign = new TypeError(
      "Failed to fetch dynamically imported module: https://evil.example/x.js",
    );
    expect(failedModuleUrl(foreign, base)).toBeUndefined();
    const ours = new TypeError(
      "error loading dynamically imported module: https://example.org/study/assets/a.js",
    );
    expect(failedModuleUrl(ours, base)).toBe("https://example.org/study/assets/a.js");
    expect(await isStaleBuildError(ours, base, answer(404))).toBe(true);
    const offline = vi.fn(async () => {
      throw new TypeError("Failed to fetch");
    });
    expect(await isStaleBuildError(ours, base, offline)).toBe(false);
    // A browser that names no module (Safari): nothing to ask about.
    expect(
      await isStaleBuildError(
        new TypeError("Importing a module script failed."),
        base,
        answer(404),
      ),
    ).toBe(false);
  });
});
