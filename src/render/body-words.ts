/**
 * The screen-reader words a rendered body carries (links that open a new tab, task marks).
 * They come from the topic page's UI strings, in the body's own language when that language
 * has UI strings, else in the language its readers get the UI in (see pickUiLang).
 */
import { ownUiLang, pickUiLang, type UiLang } from "../i18n/languages";
import { en } from "../i18n/strings-en";
import { zh } from "../i18n/strings-zh";

export interface BodyWords {
  /** Appended to the text of a link that leaves the app. */
  readonly externalLink: string;
  readonly taskDone: string;
  readonly taskTodo: string;
  /**
   * The language of these words when it is not the body's (e.g. "en" in a French body), so
   * screen readers say them in the right voice; undefined when the body's language has words.
   */
  readonly lang: UiLang | undefined;
}

const TOPIC_STRINGS: Record<UiLang, typeof zh.topic> = { zh: zh.topic, en: en.topic };

/** The hidden words for a body written in `bodyLang`. */
export function bodyWords(bodyLang: string): BodyWords {
  const own = ownUiLang(bodyLang);
  const uiLang = own ?? pickUiLang(bodyLang);
  const strings = TOPIC_STRINGS[uiLang];
  return {
    externalLink: strings.externalLink,
    taskDone: strings.task.done,
    taskTodo: strings.task.todo,
    lang: own === undefined ? uiLang : undefined,
  };
}
