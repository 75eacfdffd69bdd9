/**
 * The typed UI dictionary, one file per area (src/i18n/areas/*); each language is typed from
 * the Chinese one, so both keep one shape. Strings load in three parts, so the first page
 * carries only what it shows, in one language:
 * - first page (shell, outline): one chunk per language (first-page-<lang>.ts), loaded before
 *   the first render and again when the learner switches to a language not loaded yet;
 * - feedback (ticks, toasts, dialogs, notices): both languages, inside the deferred chunk;
 * - views (topic, plan, graph, share): both languages, with those views (see lazyView).
 * An area that is not loaded yet reads as undefined: await its loader first.
 */
import type * as feedback from "./areas/feedback";
import type * as graph from "./areas/graph";
import type { OutlineStrings } from "./areas/outline-zh";
import type * as plan from "./areas/plan";
import type * as share from "./areas/share";
import type { ShellLaterStrings } from "./areas/shell-later-zh";
import type { FirstPageShellStrings } from "./areas/shell-zh";
import type * as topic from "./areas/topic";
import { UI_LANGS, type UiLang } from "./languages";

/** The shell's strings: the first page's, and the page titles and not-found page's. */
export type ShellStrings = FirstPageShellStrings & ShellLaterStrings;

export interface UiStrings {
  readonly shell: ShellStrings;
  readonly outline: OutlineStrings;
  readonly feedback: typeof feedback.zh;
  readonly topic: typeof topic.zh;
  readonly plan: typeof plan.zh;
  readonly graph: typeof graph.zh;
  readonly share: typeof share.zh;
}

// The language chunks use it; re-exported from here it lives in the first-load chunk, where a
// chunk of its own would be one more request in a row before the first render.
export { formatHours } from "./format";

export { ownUiLang, pickUiLang, UI_LANGS, type UiLang } from "./languages";

export interface FirstPageStrings {
  readonly shell: FirstPageShellStrings;
  readonly outline: UiStrings["outline"];
}

type Part = `first-page-${UiLang}` | "feedback" | "views";

/**
 * Strings of one part, per language, in the shape every part's module exports. A part may hold
 * some of an area's strings (the feedback part holds the shell's page titles, for one).
 */
export type PartStrings = Partial<
  Record<UiLang, { readonly [Area in keyof UiStrings]?: Partial<UiStrings[Area]> }>
>;

const loaded: Record<UiLang, Partial<UiStrings>> = { zh: {}, en: {} };
const loading: Partial<Record<Part, Promise<void>>> = {};

/** Takes in a part's strings that arrived by other means (the feedback, with the deferred chunk). */
export function addStrings(part: Part, strings: PartStrings): void {
  for (const lang of UI_LANGS) {
    const dictionary: Record<string, object | undefined> = loaded[lang];
    for (const [area, more] of Object.entries(strings[lang] ?? {})) {
      dictionary[area] = { ...dictionary[area], ...more };
    }
  }
  loading[part] ??= Promise.resolve();
}

/**
 * Loads one part of the strings (once; again after a failure, e.g. offline). Each loader is
 * its own function, so the app bundle only keeps the imports it calls.
 */
function loadPart(part: Part, load: () => Promise<{ strings: PartStrings }>): Promise<void> {
  loading[part] ??= load().then(
    ({ strings }) => addStrings(part, strings),
    (error: unknown) => {
      delete loading[part];
      throw error;
    },
  );
  return loading[part];
}

/** Loads `lang`'s first-page strings; then `stringsFor(lang)` can be read. */
export function loadStrings(lang: UiLang): Promise<void> {
  return loadPart(`first-page-${lang}`, () =>
    lang === "zh" ? import("./first-page-zh") : import("./first-page-en"),
  );
}

/** Whether `lang`'s first-page strings are in memory. */
export function hasStrings(lang: UiLang): boolean {
  // Only the first-page part has the outline's strings (others add to the shell's).
  return loaded[lang].outline !== undefined;
}

/**
 * Loads the feedback strings; resolves when `t.feedback` can be read. The app gets them with
 * the deferred chunk instead (see src/ui/components/deferred.ts); tests and tools call this.
 */
export function loadFeedbackStrings(): Promise<void> {
  return loadPart("feedback", () => import("./feedback-strings"));
}

/** Loads the on-demand views' strings; resolves when `t.topic` etc. can be read. */
export function loadViewStrings(): Promise<void> {
  return loadPart("views", () => import("./view-strings"));
}

/** Every part in every language: for tests that render any view in any language at once. */
export async function loadAllStrings(): Promise<void> {
  await Promise.all([...UI_LANGS.map(loadStrings), loadFeedbackStrings(), loadViewStrings()]);
}

/**
 * The dictionary of `lang`. It is one object that takes in each part as it loads, so a view
 * that kept it sees parts that arrive later; an area not loaded yet is undefined (load it first).
 */
export function stringsFor(lang: UiLang): UiStrings {
  return loaded[lang] as UiStrings;
}
