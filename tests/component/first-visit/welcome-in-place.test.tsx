/**
 * The welcome stands in for Next up and the all-zero progress summary while a learner has no
 * progress; both come back with the first tick or once the welcome is dismissed. A shared
 * link's outline keeps its summary either way.
 */
import { screen, within } from "@testing-library/react";
import { encodeShareCode } from "../../../src/progress/share-codec";
import { fixtureCurriculum, renderApp } from "../render-app";

const welcome = () => screen.queryByRole("region", { name: "Welcome" });
const nextUp = () => screen.queryByRole("region", { name: "Next up" });
const summary = () => screen.queryByRole("region", { name: "Progress" });

describe("the welcome in place of Next up and the progress summary", () => {
  it("states the curriculum's size instead of bars at zero", async () => {
    await renderApp({ lang: "en" });
    const panel = welcome() as HTMLElement;
    // The fixture: six required topics of 4 + 3 + 2 + 6 + 5 + 8 hours, and one elective.
    expect(
      within(panel).getByText(/6 required topics \(about 28 hours\) and 1 elective\./),
    ).toBeVisible();
    expect(nextUp()).toBeNull();
    expect(summary()).toBeNull();
    expect(screen.queryByRole("progressbar", { name: "Required topics" })).toBeNull();
  });

  it("gives way to both once dismissed", async () => {
    const { user } = await renderApp({ lang: "en" });
    await user.click(screen.getByRole("button", { name: "Hide this welcome" }));
    expect(welcome()).toBeNull();
    expect(nextUp()).toBeVisible();
    expect(screen.getByRole("progressbar", { name: "Required topics" })).toHaveAttribute(
      "aria-valuetext",
      "0 of 6",
    );
  });

  it("gives way to both with the first tick, keeping the outline's filter", async () => {
    const { user } = await renderApp({ lang: "en" });
    await user.click(screen.getByRole("radio", { name: "Available" }));
    await user.click(screen.getByRole("checkbox", { name: "Linear algebra" }));
    expect(welcome()).toBeNull();
    expect(within(nextUp() as HTMLElement).getByRole("link", { name: "Calculus" })).toBeVisible();
    expect(screen.getByRole("progressbar", { name: "Required topics" })).toHaveAttribute(
      "aria-valuetext",
      "1 of 6",
    );
    expect(screen.getByRole("radio", { name: "Available" })).toBeChecked();
  });

  it("leaves a shared link's summary alone", async () => {
    const code = encodeShareCode(fixtureCurriculum, ["algebra"]);
    await renderApp({ lang: "en", route: `#/share/${code}` });
    expect(await screen.findByRole("region", { name: "Progress" })).toBeVisible();
    expect(welcome()).toBeNull();
  });

  it("states the size in Chinese too", async () => {
    await renderApp({ lang: "zh" });
    const panel = screen.getByRole("region", { name: "欢迎" });
    expect(within(panel).getByText(/6 个必修主题（约 28 小时），另有 1 个选修。/)).toBeVisible();
    expect(screen.queryByRole("region", { name: "下一步" })).toBeNull();
    expect(screen.queryByRole("region", { name: "进度" })).toBeNull();
  });
});
