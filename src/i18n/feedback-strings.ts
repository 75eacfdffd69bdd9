/**
 * The feedback strings (ticks, toasts, dialogs, notices) of both languages, in the shape every
 * part of the strings has (see strings.ts): one chunk, loaded with the deferred UI.
 */
import { en, zh } from "./areas/feedback";

export const strings = { zh: { feedback: zh }, en: { feedback: en } };
