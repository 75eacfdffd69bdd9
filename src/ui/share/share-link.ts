/**
 * Building the absolute share URL and copying it. Kept apart from the views so the header's
 * Share control stays small and the logic is easy to test.
 */
import { href } from "../router";

/** The absolute URL of a share code: this page's address with the hash `#/share/<code>`. */
export function shareUrl(code: string, base: string = window.location.href): string {
  return new URL(href({ name: "share", code }), base).href;
}

/** How long we wait for the Clipboard API before treating it as refused. */
const CLIPBOARD_TIMEOUT_MS = 1500;

/**
 * Copies `text` with the Clipboard API. Resolves false when the API is missing, refuses
 * (no permission, page not focused, insecure origin) or does not answer in time; never rejects.
 */
export async function copyText(text: string): Promise<boolean> {
  const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
  if (!clipboard || typeof clipboard.writeText !== "function") return false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), CLIPBOARD_TIMEOUT_MS);
  });
  try {
    const write = clipboard.writeText(text).then(
      () => true,
      () => false,
    );
    return await Promise.race([write, timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
