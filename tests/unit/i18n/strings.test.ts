import { beforeEach, vi } from "vitest";

type StringsModule = typeof import("../../../src/i18n/strings");

/** A fresh copy of the strings module, with nothing loaded yet. */
async function freshStrings(): Promise<StringsModule> {
  vi.resetModules();
  return import("../../../src/i18n/strings");
}

describe("UI strings loading", () => {
  let strings: StringsModule;
  beforeEach(async () => {
    strings = await freshStrings();
  });

  it.each(["zh", "en"] as const)("loads the whole %s dictionary at once", async (lang) => {
    const t = await strings.loadStrings(lang);
    expect(Object.keys(t).sort()).toEqual(
      [
        "feedback",
        "firstVisit",
        "graph",
        "marks",
        "outline",
        "plan",
        "review",
        "share",
        "shell",
        "topic",
      ].sort(),
    );
    expect(t.feedback.tick.undone).not.toBe("");
    expect(t.shell.notFound.heading).not.toBe("");
  });

  it("gives each language its own words", async () => {
    const [zh, en] = await Promise.all([strings.loadStrings("zh"), strings.loadStrings("en")]);
    expect(en.shell.language).toBe("Language");
    expect(zh.shell.language).toBe("语言");
    expect(en.outline.heading).toBe("Outline");
  });

  it("shares one request between callers", async () => {
    const first = strings.loadStrings("zh");
    expect(strings.loadStrings("zh")).toBe(first);
    expect(await first).toBe(await strings.loadStrings("zh"));
  });
});

/** Every key path of a dictionary, with the kind of value (text or function) at its end. */
function shape(value: unknown, path = ""): string[] {
  if (typeof value === "string") return [`${path}: text`];
  if (typeof value === "function") return [`${path}: function`];
  return Object.entries(value as object).flatMap(([key, inner]) => shape(inner, `${path}.${key}`));
}

describe("the two dictionaries", () => {
  it("have the same keys, each holding the same kind of value", async () => {
    const strings = await freshStrings();
    const [zh, en] = await Promise.all([strings.loadStrings("zh"), strings.loadStrings("en")]);
    expect(shape(en).sort()).toEqual(shape(zh).sort());
  });
});

describe("UI-string language of a language code", () => {
  it.each([
    ["zh", "zh", "zh"],
    ["zh-TW", "zh", "zh"],
    ["EN-gb", "en", "en"],
    ["fr", "en", undefined],
    ["", "en", undefined],
  ])("%j -> pick %s, own %s", async (code, picked, own) => {
    const strings = await freshStrings();
    expect(strings.pickUiLang(code)).toBe(picked);
    expect(strings.ownUiLang(code)).toBe(own);
  });
});
