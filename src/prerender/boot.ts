/**
 * The boot script: a tiny classic script index.html runs before the page first paints (built to
 * assets/boot-<hash>.js by ./vite-plugin.ts). Before the app's code has even arrived it
 * - sets `<html lang>` and the learner's theme, so the first paint is in the right language and
 *   colours;
 * - starts loading the UI strings of that language, and the view of the page opened (the app
 *   would only ask for them once its own code has run: round trips saved);
 * - shows the outline that was rendered at build time, in that language, when it is exactly what
 *   the app is about to render (the outline, no progress, no goal, default theme), so a new
 *   learner sees the page at once and the app takes it over in place (see src/main.tsx);
 * - starts the app: at once, or — when the prerendered page is shown — once the browser has
 *   painted it, so the page appears before the app's code (already downloading) runs.
 * Any doubt means no prerendered page: a learner never sees progress other than their own.
 */
import { initialLang } from "../i18n/languages";
import { preferencesKeyFor, storageKeyFor } from "../progress/storage-key";
import { parseHash } from "../ui/hash-route";

/** What the build tells the script (a JSON `data-config` attribute on its own script tag). */
export interface BootConfig {
  /** The curriculum's languages, primary first. */
  readonly languages: readonly string[];
  /** Languages index.html holds a prerendered outline for. */
  readonly prerendered: readonly string[];
  /** The first-page UI strings chunk for each curriculum language, relative to index.html. */
  readonly strings: Readonly<Record<string, string>>;
  /** The app's entry module, relative to index.html (index.html preloads it). */
  readonly entry: string;
  /** Per route (`topic`, `plan`…), the files its view loads on demand: preloaded at once. */
  readonly routes: Readonly<Record<string, readonly string[]>>;
}

export interface BootInput {
  readonly pathname: string;
  readonly hash: string;
  readonly browserLanguages: readonly string[];
  /** The site's storage; null when it cannot be read. */
  readonly storage: Pick<Storage, "getItem"> | null;
}

export interface BootDecision {
  /** The reading language the app will pick. */
  readonly lang: string;
  /** The theme to set on `<html data-theme>`; null to follow the system. */
  readonly theme: "light" | "dark" | null;
  /** The language of the prerendered outline to show; null to show none. */
  readonly prerender: string | null;
  /** Files to start loading at once: the UI strings, and the view of the page opened. */
  readonly preload: readonly string[];
}

type Stored = { readonly [key: string]: unknown } | null;

/**
 * The `state` of the zustand `persist` envelope stored under `key`: null when nothing is
 * stored; undefined when it cannot be read or is not an envelope.
 */
function storedState(storage: BootInput["storage"], key: string): Stored | undefined {
  try {
    const raw = storage?.getItem(key);
    if (raw === null) return null;
    const state = JSON.parse(raw ?? "").state;
    return typeof state === "object" && state ? state : undefined;
  } catch {
    return undefined;
  }
}

/** True when stored progress has nothing the outline would show: no topic done, no goal. */
function isFreshProgress(state: Stored | undefined): boolean {
  if (state === null) return true;
  const done = state?.done;
  return (
    typeof done === "object" && done !== null && Object.keys(done).length === 0 && !state?.goal
  );
}

/** Decides language, theme, strings and whether to show the prerendered outline. Never throws. */
export function decideBoot(config: BootConfig, input: BootInput): BootDecision {
  const prefs = storedState(input.storage, preferencesKeyFor(input.pathname));
  const chosenLang = typeof prefs?.lang === "string" && prefs.lang !== "" ? prefs.lang : null;
  const browserPick = initialLang(config, input.browserLanguages);
  const lang = chosenLang ?? browserPick;
  const theme = prefs?.theme === "light" || prefs?.theme === "dark" ? prefs.theme : null;

  // The app's first render reads the stores' initial state (nothing chosen, nothing done), so the
  // prerendered page is shown only when that is also what is stored.
  const route = parseHash(input.hash).name;
  const progress = storedState(input.storage, storageKeyFor(input.pathname));
  const prerender =
    route === "outline" &&
    prefs !== undefined &&
    theme === null &&
    lang === browserPick &&
    isFreshProgress(progress) &&
    config.prerendered.includes(lang)
      ? lang
      : null;
  const strings = config.strings[lang];
  const preload = [...(strings ? [strings] : []), ...(config.routes[route] ?? [])];
  return { lang, theme, prerender, preload };
}

/** Starts downloading `file` the way the app will ask for it, so the app gets this response. */
function addPreload(doc: Document, file: string): void {
  const link = doc.createElement("link");
  const kind = file.endsWith(".css") ? "style" : file.endsWith(".json") ? "fetch" : "";
  link.rel = kind ? "preload" : "modulepreload";
  if (kind) link.setAttribute("as", kind);
  // The app asks for all of these in CORS mode (fetch(), and Vite's lazy CSS and modules carry
  // `crossorigin`): a preload is only reused when its mode matches.
  link.setAttribute("crossorigin", "anonymous");
  link.href = file;
  doc.head.appendChild(link);
}

/** Applies a decision to the document while it is still being parsed. */
export function applyBoot(decision: BootDecision, doc: Document): void {
  const html = doc.documentElement;
  html.lang = decision.lang;
  if (decision.theme) html.dataset.theme = decision.theme;
  if (decision.prerender) html.dataset.prerender = decision.prerender;
  for (const file of decision.preload) addPreload(doc, file);
}

/**
 * On a topic page, starts the topic's body as soon as the index of bodies (preloaded with the
 * view) arrives, instead of after the app has started: the body in `lang`, else in the
 * curriculum's primary language, as the app picks it. An id the index does not list (a former
 * id, say) is left to the app.
 */
export async function preloadTopicBody(
  config: BootConfig,
  hash: string,
  lang: string,
  doc: Document,
): Promise<void> {
  const route = parseHash(hash);
  const index = config.routes.topic?.find((file) => file.endsWith(".json"));
  if (route.name !== "topic" || !index) return;
  const indexUrl = new URL(index, doc.baseURI);
  const bodies: unknown = await (await fetch(indexUrl)).json();
  const own = (record: unknown, key: string): unknown =>
    typeof record === "object" && record !== null && Object.hasOwn(record, key)
      ? (record as Record<string, unknown>)[key]
      : undefined;
  const files = own(bodies, route.id);
  const file = own(files, lang) ?? own(files, config.languages[0] ?? "");
  if (typeof file === "string") addPreload(doc, new URL(file, indexUrl).href);
}

/**
 * Runs the app's entry module: now, or after the next paint when `afterPaint` is set (with a
 * timer as well, since a background tab paints no frames).
 */
export function startApp(entry: string, afterPaint: boolean, doc: Document): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    const script = doc.createElement("script");
    script.type = "module";
    script.crossOrigin = "";
    script.src = entry;
    doc.head.appendChild(script);
  };
  if (!afterPaint) {
    start();
    return;
  }
  requestAnimationFrame(() => setTimeout(start));
  setTimeout(start, 250);
}
