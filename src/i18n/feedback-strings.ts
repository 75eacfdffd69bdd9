/**
 * The feedback strings (ticks, toasts, dialogs, notices) of both languages, in the shape every
 * part of the strings has (see strings.ts). Part of the deferred chunk in the app.
 */
import { en, zh } from "./areas/feedback";
import type { PartStrings } from "./strings";

export const strings: PartStrings = { zh: { feedback: zh }, en: { feedback: en } };
