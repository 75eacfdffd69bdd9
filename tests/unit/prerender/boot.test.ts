import {
  applyBoot,
  type BootConfig,
  type BootInput,
  decideBoot,
  preloadTopicBody,
  startApp,
} from "../../../src/prerender/boot";

const config: BootConfig = {
  languages: ["zh", "en"],
  prerendered: ["zh", "en"],
  strings: { zh: "./assets/first-page-zh.js", en: "./assets/first-page-en.js" },
  entry: "./assets/index.js",
  routes: { topic: ["./assets/topic.js", "./assets/topic.css"], plan: ["./assets/plan.js"] },
};

const PROGRESS_KEY = "jiewang:/course/";
const PREFS_KEY = "jiewang:/course/:preferences";
const envelope = (state: object) => JSON.stringify({ state, version: 1 });

function input(stored: Record<string, string> = {}, over: Partial<BootInput> = {}): BootInput {
  return {
    pathname: "/course/index.html",
    hash: "",
    browserLanguages: ["en-US", "en"],
    storage: { getItem: (key) => stored[key] ?? null },
    ...over,
  };
}

describe("decideBoot", () => {
  it("shows a new learner the outline prerendered in the browser's language", () => {
    expect(decideBoot(config, input())).toEqual({
      lang: "en",
      theme: null,
      prerender: "en",
      preload: ["./assets/first-page-en.js"],
    });
    expect(decideBoot(config, input({}, { browserLanguages: ["zh-CN"] })).prerender).toBe("zh");
  });

  it.each([
    ["#/topic/softmax", ["./assets/first-page-en.js", "./assets/topic.js", "./assets/topic.css"]],
    ["#/plan", ["./assets/first-page-en.js", "./assets/plan.js"]],
    ["#/graph", ["./assets/first-page-en.js"]],
    ["#/", ["./assets/first-page-en.js"]],
  ])("on %s preloads the UI strings and the page's view", (hash, expected) => {
    expect(decideBoot(config, input({}, { hash })).preload).toEqual(expected);
  });

  it.each([
    ["#/", "en"],
    ["#", "en"],
    ["#/plan", null],
    ["#/topic/softmax", null],
    ["#/share/AbC", null],
  ])("on %s shows the prerendered outline: %s", (hash, expected) => {
    expect(decideBoot(config, input({}, { hash })).prerender).toBe(expected);
  });

  it.each([
    ["a topic done", envelope({ done: { softmax: 1 }, goal: null })],
    ["a goal", envelope({ done: {}, goal: "relu" })],
    ["an old list of done topics", JSON.stringify({ state: { done: ["softmax"] }, version: 1 })],
    ["an unreadable value", "{not json"],
    ["a value that is not an envelope", JSON.stringify(["softmax"])],
  ])("hides the prerendered outline when progress holds %s", (_, value) => {
    expect(decideBoot(config, input({ [PROGRESS_KEY]: value })).prerender).toBeNull();
  });

  it("still prerenders when stored progress is empty", () => {
    const stored = { [PROGRESS_KEY]: envelope({ done: {}, goal: null, unticked: { relu: 5 } }) };
    expect(decideBoot(config, input(stored)).prerender).toBe("en");
  });

  it("follows the learner's language and theme; prerenders only what the first render shows", () => {
    const zhDark = { [PREFS_KEY]: envelope({ lang: "zh", theme: "dark" }) };
    expect(decideBoot(config, input(zhDark))).toMatchObject({
      lang: "zh",
      theme: "dark",
      prerender: null,
      preload: ["./assets/first-page-zh.js"],
    });
    // A chosen language other than the browser's: the app's first render reads the default.
    const zh = { [PREFS_KEY]: envelope({ lang: "zh", theme: "system" }) };
    expect(decideBoot(config, input(zh))).toMatchObject({ lang: "zh", prerender: null });
    const en = { [PREFS_KEY]: envelope({ lang: "en", theme: "system" }) };
    expect(decideBoot(config, input(en))).toMatchObject({ lang: "en", prerender: "en" });
  });

  it("reads the keys of the site's own directory", () => {
    const other = { "jiewang:/other/": envelope({ done: { softmax: 1 }, goal: null }) };
    expect(decideBoot(config, input(other)).prerender).toBe("en");
  });

  it("never throws, and shows nothing it cannot vouch for, when storage fails", () => {
    const throwing = {
      getItem: () => {
        throw new Error("denied");
      },
    };
    expect(decideBoot(config, input({}, { storage: throwing }))).toMatchObject({
      lang: "en",
      prerender: null,
    });
    expect(decideBoot(config, input({}, { storage: null })).prerender).toBeNull();
  });

  it("prerenders only languages the build rendered; unknown browser languages take the primary", () => {
    const onlyZh = { ...config, prerendered: ["zh"] };
    expect(decideBoot(onlyZh, input()).prerender).toBeNull();
    expect(decideBoot(config, input({}, { browserLanguages: ["fr-FR"] })).lang).toBe("zh");
  });
});

describe("applyBoot", () => {
  afterEach(() => {
    const html = document.documentElement;
    delete html.dataset.theme;
    delete html.dataset.prerender;
    for (const link of document.head.querySelectorAll("link")) link.remove();
  });

  it("sets language, theme and prerender flag, and starts loading scripts and styles", () => {
    applyBoot(
      {
        lang: "en",
        theme: "dark",
        prerender: "en",
        preload: ["./assets/first-page-en.js", "./assets/topic.css", "./assets/bodies.json"],
      },
      document,
    );
    const html = document.documentElement;
    expect(html.lang).toBe("en");
    expect(html.dataset.theme).toBe("dark");
    expect(html.dataset.prerender).toBe("en");
    const link = document.head.querySelector<HTMLLinkElement>("link[rel=modulepreload]");
    expect(link?.getAttribute("href")).toBe("./assets/first-page-en.js");
    const style = document.head.querySelector<HTMLLinkElement>("link[rel=preload]");
    expect([style?.getAttribute("href"), style?.getAttribute("as")]).toEqual([
      "./assets/topic.css",
      "style",
    ]);
    const data = document.head.querySelector<HTMLLinkElement>("link[as=fetch]");
    expect([data?.getAttribute("href"), data?.getAttribute("crossorigin")]).toEqual([
      "./assets/bodies.json",
      "anonymous",
    ]);
  });

  it("leaves theme and prerender unset when the decision says so", () => {
    applyBoot({ lang: "zh", theme: null, prerender: null, preload: [] }, document);
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(document.documentElement.dataset.prerender).toBeUndefined();
    expect(document.head.querySelector("link[rel=modulepreload]")).toBeNull();
  });
});

describe("startApp", () => {
  const entries = () =>
    [...document.head.querySelectorAll<HTMLScriptElement>("script[type=module]")].map((script) =>
      script.getAttribute("src"),
    );
  afterEach(() => {
    vi.useRealTimers();
    for (const script of document.head.querySelectorAll("script[type=module]")) script.remove();
  });

  it("adds the entry module at once when nothing prerendered waits to be painted", () => {
    startApp("./assets/index.js", false, document);
    expect(entries()).toEqual(["./assets/index.js"]);
  });

  it("after a paint, adds the entry module once, even when the timer fires too", () => {
    vi.useFakeTimers();
    startApp("./assets/index.js", true, document);
    expect(entries()).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(entries()).toEqual(["./assets/index.js"]);
  });
});

describe("preloadTopicBody", () => {
  const withIndex: BootConfig = {
    ...config,
    routes: { topic: ["./assets/topic.js", "./assets/bodies-1.json"] },
  };
  const index = {
    softmax: { zh: "softmax--zh-a.json", en: "softmax--en-b.json" },
    relu: { zh: "relu--zh-c.json" },
  };
  const preloaded = () =>
    [...document.head.querySelectorAll<HTMLLinkElement>("link[as=fetch]")].map((link) =>
      new URL(link.href).pathname.split("/").pop(),
    );
  let fetched: string[] = [];

  beforeEach(() => {
    fetched = [];
    vi.stubGlobal("fetch", async (url: URL) => {
      fetched.push(url.pathname);
      return new Response(JSON.stringify(index));
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    for (const link of document.head.querySelectorAll("link")) link.remove();
  });

  it.each([
    ["#/topic/softmax", "en", ["softmax--en-b.json"]],
    ["#/topic/softmax", "zh", ["softmax--zh-a.json"]],
    // No English body: the primary language's, as the app shows it.
    ["#/topic/relu", "en", ["relu--zh-c.json"]],
    ["#/topic/no-such-topic", "en", []],
    ["#/topic/__proto__", "en", []],
  ])("on %s in %s preloads %j", async (hash, lang, expected) => {
    await preloadTopicBody(withIndex, hash, lang, document);
    expect(fetched).toEqual(["/assets/bodies-1.json"]);
    expect(preloaded()).toEqual(expected);
  });

  it("asks for nothing on other pages, or when the build names no index", async () => {
    await preloadTopicBody(withIndex, "#/plan", "en", document);
    await preloadTopicBody(config, "#/topic/softmax", "en", document);
    expect(fetched).toEqual([]);
    expect(preloaded()).toEqual([]);
  });
});
