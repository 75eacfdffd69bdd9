/**
 * The feedback strings (ticks, toasts, dialogs, notices) of both languages, with the shell's
 * strings the first page does not show (page titles, the not-found page), in the shape every
 * part of the strings has (see strings.ts). Part of the deferred chunk in the app.
 */
import { en, zh } from "./areas/feedback";
import { shellLater as shellLaterEn } from "./areas/shell-later-en";
import { shellLater as shellLaterZh } from "./areas/shell-later-zh";
import type { PartStrings } from "./strings";

export const strings: PartStrings = {
  zh: { feedback: zh, shell: shellLaterZh },
  en: { feedback: en, shell: shellLaterEn },
};
