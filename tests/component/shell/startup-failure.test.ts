import { readFileSync } from "node:fs";
import { screen, within } from "@testing-library/react";
import { showStartupFailure } from "../../../src/ui/layout/startup-failure";

// The message is a template in the real index.html.
const indexHtml = readFileSync("index.html", "utf8");
const template = /<template id="startup-failure">[\s\S]*?<\/template>/.exec(indexHtml)?.[0] ?? "";

describe("when the app cannot load its data", () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it("replaces the page with the alert of index.html, in both UI languages", () => {
    document.body.insertAdjacentHTML("beforeend", template);
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
  });

  it("still says something when the page has no such template", () => {
    const root = document.body.appendChild(document.createElement("div"));
    root.textContent = "loading";
    showStartupFailure(root);
    expect(root).toHaveTextContent("could not be loaded");
  });
});
