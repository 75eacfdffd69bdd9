/**
 * Replaces the app's root with a plain, accessible message when the app could not load its
 * data, so the page is never left blank. The message (an alert, in both UI languages since the
 * reading language is not known yet) is a template in index.html: it costs the first load no
 * script, and it is there even when the scripts are the part that failed to arrive.
 */
export function showStartupFailure(root: HTMLElement): void {
  const template = document.getElementById("startup-failure");
  if (template instanceof HTMLTemplateElement)
    root.replaceChildren(template.content.cloneNode(true));
  else root.textContent = "The course data could not be loaded. Reload the page to try again.";
}
