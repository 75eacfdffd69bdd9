// The first page's UI strings in English: one chunk, loaded only when the UI is in English.
import { outline } from "./areas/outline-en";
import { shell } from "./areas/shell-en";
import type { FirstPageStrings } from "./strings";

export const firstPage: FirstPageStrings = { shell, outline };
