import { createPreferencesStore } from "../../../src/progress/preferences-store";
import { preferencesKeyFor, storageKeyFor } from "../../../src/progress/storage-key";
import { createBlockedStorage, MemoryStorage } from "../../fixtures/progress/memory-storage";

describe("storage keys", () => {
  it.each([
    ["/", "jiewang:/"],
    ["", "jiewang:/"],
    ["/index.html", "jiewang:/"],
    ["/a/", "jiewang:/a/"],
    ["/a/index.html", "jiewang:/a/"],
    ["/b/", "jiewang:/b/"],
    ["/team/jiewang/", "jiewang:/team/jiewang/"],
  ])("%j -> %j", (pathname, key) => {
    expect(storageKeyFor(pathname)).toBe(key);
  });

  it("gives preferences their own key next to the progress key", () => {
    expect(preferencesKeyFor("/a/")).toBe("jiewang:/a/:preferences");
    expect(preferencesKeyFor("/a/")).not.toBe(storageKeyFor("/a/"));
  });
});

describe("preferences store", () => {
  it("defaults to no language and the system theme, and remembers changes", () => {
    const storage = new MemoryStorage();
    const store = createPreferencesStore({ key: "p", storage });
    expect(store.getState()).toMatchObject({ lang: null, theme: "system" });
    store.getState().setLang("en");
    store.getState().setTheme("dark");
    const again = createPreferencesStore({ key: "p", storage }).getState();
    expect(again).toMatchObject({ lang: "en", theme: "dark" });
  });

  it.each([
    ["not JSON", "{{"],
    ["wrong types", JSON.stringify({ state: { lang: 5, theme: "neon" }, version: 1 })],
    ["script in the language", JSON.stringify({ state: { lang: "<script>" }, version: 1 })],
  ])("falls back to defaults for stored %s", (_, raw) => {
    const store = createPreferencesStore({ key: "p", storage: new MemoryStorage({ p: raw }) });
    expect(store.getState()).toMatchObject({ lang: null, theme: "system" });
  });

  it("ignores values that are not a language or a theme", () => {
    const store = createPreferencesStore({ key: "p", storage: new MemoryStorage() });
    store.getState().setLang("zh");
    store.getState().setLang("not a language!");
    // @ts-expect-error: a theme outside the list, as untyped callers could pass
    store.getState().setTheme("neon");
    expect(store.getState()).toMatchObject({ lang: "zh", theme: "system" });
  });

  it("keeps working when storage is blocked", () => {
    const store = createPreferencesStore({ key: "p", storage: createBlockedStorage() });
    store.getState().setLang("en");
    expect(store.getState().lang).toBe("en");
  });
});
