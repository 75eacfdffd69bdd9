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

  it("loads one language's first-page strings without the other's", async () => {
    expect(strings.hasStrings("en")).toBe(false);
    expect(strings.stringsFor("en").shell).toBeUndefined();

    await strings.loadStrings("en");
    expect(strings.hasStrings("en")).toBe(true);
    expect(strings.hasStrings("zh")).toBe(false);
    expect(strings.stringsFor("en").shell.language).toBe("Language");
    expect(strings.stringsFor("en").outline.heading).toBe("Outline");
    expect(strings.stringsFor("zh").outline).toBeUndefined();
  });

  it.each([
    [
      "feedback",
      "loadFeedbackStrings",
      (t: ReturnType<StringsModule["stringsFor"]>) => t.feedback?.toast.undo,
    ],
    ["views", "loadViewStrings", (t: ReturnType<StringsModule["stringsFor"]>) => t.topic],
  ] as const)("reads the %s part only once %s() has resolved", async (_part, loader, read) => {
    await strings.loadStrings("zh");
    const t = strings.stringsFor("zh");
    expect(read(t)).toBeUndefined();
    await strings[loader]();
    // The same dictionary object picks the part up: views that kept `t` see it too.
    expect(read(t)).toBeTruthy();
    expect(read(strings.stringsFor("en"))).toBeTruthy();
  });

  it("adds the shell's later strings to the first page's, whichever part arrives first", async () => {
    await strings.loadFeedbackStrings();
    expect(strings.hasStrings("en")).toBe(false);
    expect(strings.stringsFor("en").shell.pageTitle.plan).toBe("Plan");
    await strings.loadStrings("en");
    expect(strings.hasStrings("en")).toBe(true);
    const { shell } = strings.stringsFor("en");
    expect(shell.nav.label).toBe("Main");
    expect(shell.notFound.heading).toBe("Page not found");
  });

  it("loads every part of every language for tests", async () => {
    await strings.loadAllStrings();
    for (const lang of strings.UI_LANGS) {
      const t = strings.stringsFor(lang);
      expect(Object.keys(t).sort()).toEqual(
        ["feedback", "graph", "outline", "plan", "share", "shell", "topic"].sort(),
      );
      expect(t.feedback.tick.undone).not.toBe("");
    }
  });

  it("shares one request between callers and gives the same dictionary each time", async () => {
    const first = strings.loadStrings("zh");
    expect(strings.loadStrings("zh")).toBe(first);
    await first;
    expect(strings.stringsFor("zh")).toBe(strings.stringsFor("zh"));
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
