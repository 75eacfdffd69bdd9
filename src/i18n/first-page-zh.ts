// The first page's UI strings in Chinese: one chunk, loaded only when the UI is in Chinese.
import { outline } from "./areas/outline-zh";
import { shell } from "./areas/shell-zh";
import type { FirstPageStrings } from "./strings";

export const firstPage: FirstPageStrings = { shell, outline };
