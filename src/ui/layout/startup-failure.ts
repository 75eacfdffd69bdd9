import { startupFailure } from "../../i18n/startup";

/**
 * Replaces the app's root with a plain, accessible message (an alert, in both UI languages since
 * the reading language is not known yet) when the app could not load its data, so the page is
 * never left blank. Plain DOM: nothing of the app has rendered at that point.
 */
export function showStartupFailure(root: HTMLElement): void {
  const main = document.createElement("main");
  main.className = "page";
  const alert = main.appendChild(document.createElement("div"));
  alert.className = "notice";
  alert.setAttribute("role", "alert");
  for (const [lang, message] of Object.entries(startupFailure)) {
    const text = alert.appendChild(document.createElement("p"));
    text.lang = lang;
    text.textContent = message;
  }
  root.replaceChildren(main);
}
