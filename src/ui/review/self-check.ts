/**
 * The self-check questions of a topic body: the part after the second-level heading titled
 * "Self-check" / "自测" up to the next heading of the same or a higher level. Bodies are HTML
 * rendered at build time (trusted output), so plain string work on the tags suffices; no DOM.
 */

/** Heading texts that open a self-check section, compared without case or a trailing colon. */
const SELF_CHECK_TITLES: ReadonlySet<string> = new Set([
  "self-check",
  "self check",
  "self-check questions",
  "自测",
  "自测题",
]);

const ENTITIES: Readonly<Record<string, string>> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&nbsp;": " ",
};

/** The text of a heading's inner HTML, normalised for comparison. */
function headingText(inner: string): string {
  return inner
    .replace(/<[^>]*>/g, "")
    .replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\s*[:：]$/, "")
    .toLowerCase();
}

/** True when a heading's text names a self-check section. */
export function isSelfCheckHeading(text: string): boolean {
  return SELF_CHECK_TITLES.has(headingText(text));
}

/**
 * The HTML of the body's self-check section (without its heading), or undefined when the body
 * has none or it is empty. The first such section wins.
 */
export function selfCheckSection(html: string): string | undefined {
  if (typeof html !== "string") return undefined;
  for (const match of html.matchAll(/<h2\b[^>]*>([\s\S]*?)<\/h2\s*>/gi)) {
    if (!isSelfCheckHeading(match[1] ?? "")) continue;
    const rest = html.slice(match.index + match[0].length);
    const next = /<h[12]\b/i.exec(rest);
    const section = (next ? rest.slice(0, next.index) : rest).trim();
    return section === "" ? undefined : section;
  }
  return undefined;
}
