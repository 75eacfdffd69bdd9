import { screen } from "@testing-library/react";
import { renderApp } from "../render-app";
import { openMenu } from "../open-menu";

describe("app shell", () => {
  it("renders the header, the outline heading and the language control", async () => {
    const { user } = await renderApp({ lang: "en" });
    expect(screen.getByRole("heading", { level: 1, name: "Outline" })).toBeInTheDocument();
    await openMenu(user);
    expect(screen.getByRole("combobox", { name: "Language" })).toHaveValue("en");
    expect(screen.getByRole("navigation", { name: "Main" })).toBeInTheDocument();
    expect(screen.getByRole("status")).toBeInTheDocument();
  });
});
