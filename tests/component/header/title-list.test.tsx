import { screen, within } from "@testing-library/react";
import { TopicTitleList } from "../../../src/ui/share/topic-title-list";
import { renderWithServices } from "../render-app";

describe("topic title lists (import preview, comparison)", () => {
  it("is a real list whose titles are separated by commas, on screen and read aloud", async () => {
    await renderWithServices(<TopicTitleList ids={["algebra", "calculus", "neural-nets"]} />, {
      lang: "en",
    });
    const list = screen.getByRole("list");
    const items = within(list).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual([
      "Linear algebra, ",
      "Calculus, ",
      "Neural networks",
    ]);
  });

  it("uses the enumeration comma in Chinese and separates the 'more' item too", async () => {
    await renderWithServices(
      <TopicTitleList ids={["algebra", "calculus", "neural-nets"]} limit={2} />,
      {
        lang: "zh",
      },
    );
    const items = within(screen.getByRole("list")).getAllByRole("listitem");
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent(/^线性代数、$/);
    expect(items[1]).toHaveTextContent(/^微积分、$/);
  });
});
