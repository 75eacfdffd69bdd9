// The first page's UI strings in Chinese: one chunk, loaded only when the UI is in Chinese.
import { outline } from "./areas/outline-zh";
import { shell } from "./areas/shell-zh";
import type { FirstPageStrings, UiLang } from "./strings";

const firstPage: FirstPageStrings = { shell, outline };

/** In the shape every part of the strings has (see strings.ts). */
export const strings: Partial<Record<UiLang, FirstPageStrings>> = { zh: firstPage };
