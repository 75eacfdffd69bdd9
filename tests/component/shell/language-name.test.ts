import { languageName } from "../../../src/ui/i18n";

describe("languageName", () => {
  it.each([
    ["zh", "中文"],
    ["en", "English"],
    ["fr", "Français"],
    ["ja", "日本語"],
  ])("names %s in its own language: %s", (code, name) => {
    expect(languageName(code)).toBe(name);
  });

  it("gives the UI languages the names Intl gives them", () => {
    for (const code of ["zh", "en"]) {
      const own = new Intl.DisplayNames([code], { type: "language" }).of(code) ?? "";
      expect(languageName(code)).toBe(own.charAt(0).toLocaleUpperCase(code) + own.slice(1));
    }
  });

  it("shows a code it cannot name as the code itself", () => {
    expect(languageName("not a code")).toBe("not a code");
  });
});
