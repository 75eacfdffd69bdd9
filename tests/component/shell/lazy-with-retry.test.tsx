import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Suspense } from "react";
import { ErrorBoundary } from "../../../src/ui/components/error-boundary";
import { lazyWithRetry, preload, retryFailedLoads } from "../../../src/ui/lazy-with-retry";

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>;
}

describe("lazyWithRetry", () => {
  it("loads again when the boundary retries after a failed load, and only then", async () => {
    let online = false;
    let calls = 0;
    const View = lazyWithRetry(async () => {
      calls++;
      if (!online) throw new Error("offline");
      return { default: Greeting };
    });
    // React reports the error it hands to the boundary; that is expected here.
    const report = vi.spyOn(console, "error").mockImplementation(() => {});
    render(
      <ErrorBoundary
        fallback={(_error, retry) => (
          <button
            type="button"
            onClick={() => {
              retryFailedLoads();
              retry();
            }}
          >
            Try again
          </button>
        )}
      >
        <Suspense fallback={<p>Loading</p>}>
          <View name="Ada" />
        </Suspense>
      </ErrorBoundary>,
    );
    const retry = await screen.findByRole("button", { name: "Try again" });
    report.mockRestore();
    // The failed load is not repeated on its own.
    expect(calls).toBe(1);
    online = true;
    await userEvent.click(retry);
    expect(await screen.findByText("Hello, Ada")).toBeInTheDocument();
  });

  it("loads once for every element that renders it", async () => {
    let calls = 0;
    const View = lazyWithRetry(async () => {
      calls++;
      return { default: Greeting };
    });
    render(
      <Suspense fallback={<p>Loading</p>}>
        <View name="Ada" />
        <View name="Grace" />
      </Suspense>,
    );
    expect(await screen.findByText("Hello, Grace")).toBeInTheDocument();
    expect(screen.getByText("Hello, Ada")).toBeInTheDocument();
    expect(calls).toBe(1);
  });

  it("renders a preloaded module in the first render, with no fallback, and loads it once", async () => {
    let calls = 0;
    const load = async () => {
      calls++;
      return { default: Greeting };
    };
    await preload(load);
    const View = lazyWithRetry(load);
    render(
      <Suspense fallback={<p>Loading</p>}>
        <View name="Ada" />
      </Suspense>,
    );
    // Synchronously there: no "Loading" was ever shown.
    expect(screen.getByText("Hello, Ada")).toBeInTheDocument();
    expect(screen.queryByText("Loading")).toBeNull();
    expect(calls).toBe(1);
  });

  it("a failed preload leaves the load to the lazy component, which reports it", async () => {
    const load = async (): Promise<{ default: typeof Greeting }> => {
      throw new Error("offline");
    };
    await expect(preload(load)).resolves.toBeUndefined();
    const View = lazyWithRetry(load);
    const report = vi.spyOn(console, "error").mockImplementation(() => {});
    render(
      <ErrorBoundary fallback={() => <p>Could not load</p>}>
        <Suspense fallback={<p>Loading</p>}>
          <View name="Ada" />
        </Suspense>
      </ErrorBoundary>,
    );
    expect(await screen.findByText("Could not load")).toBeInTheDocument();
    report.mockRestore();
  });
});
