/**
 * Finds inline formulas that may be wider than a phone's column. MathML does not break lines,
 * so such a formula gets a box that scrolls sideways (see markdown.css, `.katex-long`); giving
 * every formula one would make each a scroll container, which costs the page's first layout.
 * The TeX source's length is the measure: a formula renders no more glyphs than its source has
 * characters, and below this many it fits a 360 px screen even inside nested lists.
 */
import type { ExtraProps } from "react-markdown";

// The syntax tree react-markdown hands to components (hast), named through react-markdown's own
// types rather than a package this project does not depend on directly.
type Element = NonNullable<ExtraProps["node"]>;
type ElementContent = Element["children"][number];

export const LONG_FORMULA_CHARS = 20;

function findElement(node: Element, tagName: string): Element | undefined {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    if (child.tagName === tagName) return child;
    const found = findElement(child, tagName);
    if (found) return found;
  }
  return undefined;
}

function textOf(nodes: readonly ElementContent[]): string {
  return nodes
    .map((node) =>
      node.type === "text" ? node.value : node.type === "element" ? textOf(node.children) : "",
    )
    .join("");
}

/** True for KaTeX's `<span class="katex">` around an inline formula with a long TeX source. */
export function isLongInlineFormula(span: Element | undefined): boolean {
  const math = span && findElement(span, "math");
  if (!math || math.properties.display === "block") return false;
  const annotation = findElement(math, "annotation");
  return annotation !== undefined && textOf(annotation.children).length >= LONG_FORMULA_CHARS;
}
