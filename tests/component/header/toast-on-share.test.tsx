import { act, screen, within } from "@testing-library/react";
import { encodeShareCode } from "../../../src/progress/share-codec";
import { fixtureCurriculum, renderApp } from "../render-app";
import { toasts } from "../share/helpers";

vi.setConfig({ testTimeout: 20_000 });

describe("a tick's Undo toast", () => {
  it("does not follow the learner into someone else's shared view", async () => {
    const { user } = await renderApp({ lang: "en" });
    await user.click(screen.getByRole("checkbox", { name: "Linear algebra" }));
    expect(within(await toasts()).getByRole("button", { name: /Undo/ })).toBeVisible();

    const code = encodeShareCode(fixtureCurriculum, ["calculus"]);
    await act(async () => {
      window.location.hash = `#/share/${code}`;
      window.dispatchEvent(new HashChangeEvent("hashchange"));
    });
    await screen.findByRole("heading", { level: 1, name: "Shared progress" }, { timeout: 10_000 });
    // With no toast left, the toast region itself is gone.
    expect(screen.queryByRole("button", { name: /Undo/ })).not.toBeInTheDocument();
  });
});
