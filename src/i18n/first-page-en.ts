// The first page's UI strings in English: one chunk, loaded only when the UI is in English.
import { outline } from "./areas/outline-en";
import { shell } from "./areas/shell-en";
import type { FirstPageStrings, UiLang } from "./strings";

const firstPage: FirstPageStrings = { shell, outline };

/** In the shape every part of the strings has (see strings.ts). */
export const strings: Partial<Record<UiLang, FirstPageStrings>> = { en: firstPage };
