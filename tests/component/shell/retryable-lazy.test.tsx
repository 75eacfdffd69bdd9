import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Suspense } from "react";
import { ErrorBoundary } from "../../../src/ui/components/error-boundary";
import { retryableLazy } from "../../../src/ui/components/retryable-lazy";

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>;
}

describe("retryableLazy", () => {
  it("loads again when the boundary retries after a failed load", async () => {
    let online = false;
    const View = retryableLazy(async () => {
      if (!online) throw new Error("offline");
      return { default: Greeting };
    });
    render(
      <ErrorBoundary
        fallback={(retry) => (
          <button type="button" onClick={retry}>
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
    online = true;
    await userEvent.click(retry);
    expect(await screen.findByText("Hello, Ada")).toBeInTheDocument();
  });

  it("loads once for every element that renders it", async () => {
    let calls = 0;
    const View = retryableLazy(async () => {
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
});
