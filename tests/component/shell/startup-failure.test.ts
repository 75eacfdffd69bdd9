import { screen, within } from "@testing-library/react";
import { showStartupFailure } from "../../../src/ui/layout/startup-failure";

describe("when the app cannot load its data", () => {
  it("replaces the page with an alert in both UI languages", () => {
    const root = document.body.appendChild(document.createElement("div"));
    root.textContent = "loading";
    showStartupFailure(root);

    const alert = within(screen.getByRole("main")).getByRole("alert");
    expect(root).not.toHaveTextContent("loading");
    expect(alert).toHaveTextContent("The course data could not be loaded.");
    expect(alert).toHaveTextContent("课程数据没能加载。");
    // Each language is marked, so screen readers read each in its own voice.
    expect(within(alert).getByText(/course data/)).toHaveAttribute("lang", "en");
    expect(within(alert).getByText(/课程数据/)).toHaveAttribute("lang", "zh");
    root.remove();
  });
});
