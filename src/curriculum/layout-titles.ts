/**
 * How big a topic's box must be for its title. The build has no fonts to measure with, so widths
 * are estimated per character, on the wide side: the estimate follows a wide sans-serif (DejaVu
 * Sans, common on Linux) in bold, the weight of a topic that is ready to start. Narrower fonts
 * leave a little room to spare; no font should run out of its box.
 */

/** Node box metrics the graph view should draw with, so titles fit the computed boxes. */
export const NODE_STYLE = {
  fontSize: 14,
  lineHeight: 18,
  paddingX: 12,
  paddingY: 6,
  minWidth: 96,
  maxWidth: 176,
  /** Longer titles are cut off (the full title stays in the accessible name). */
  maxLines: 5,
} as const;

const INNER_WIDTH = NODE_STYLE.maxWidth - 2 * NODE_STYLE.paddingX;

/** Box size for a title: the widest language decides; long titles wrap onto more lines. */
export function nodeSize(titles: readonly string[]): { width: number; height: number } {
  const oneLine = Math.max(0, ...titles.map(textWidth));
  const lines = Math.min(NODE_STYLE.maxLines, Math.max(1, ...titles.map(lineCount)));
  const width =
    lines > 1
      ? NODE_STYLE.maxWidth
      : Math.max(NODE_STYLE.minWidth, Math.ceil(oneLine) + 2 * NODE_STYLE.paddingX);
  return { width, height: lines * NODE_STYLE.lineHeight + 2 * NODE_STYLE.paddingY };
}

/**
 * Lines the title takes in a full-width box, wrapped as the browser does: between words, and
 * anywhere between wide (CJK) characters; a word longer than a line is broken inside.
 */
export function lineCount(title: string): number {
  let lines = 1;
  let used = 0;
  let gap = 0;
  const place = (token: string) => {
    if (token === "") return;
    const width = textWidth(token);
    if (used > 0 && used + gap + width > INNER_WIDTH) {
      lines++;
      used = 0;
    } else if (used > 0) used += gap;
    used += width;
    for (; used > INNER_WIDTH; used -= INNER_WIDTH) lines++;
    gap = 0;
  };
  let word = "";
  for (const char of title.trim()) {
    const wide = isWide(char.codePointAt(0) ?? 0);
    if (/\s/.test(char) || wide) {
      place(word);
      word = "";
      if (wide) place(char);
      else gap = textWidth(" ");
    } else word += char;
  }
  place(word);
  return lines;
}

/** Estimated rendered width at NODE_STYLE.fontSize, in CSS pixels. */
export function textWidth(text: string): number {
  let em = 0;
  for (const char of text) em += charWidth(char);
  return em * NODE_STYLE.fontSize;
}

/** A character's advance in em: CJK and other wide characters take a full em. */
function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (isWide(code)) return 1;
  if (/\s/.test(char)) return 0.35;
  if (/[ilj.,:;'|!()[\]]/.test(char)) return 0.4;
  if (/[frt\-/]/.test(char)) return 0.5;
  if (/[A-Z0-9@%&mw]/.test(char)) return 0.8;
  return 0.7;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x1f300
  );
}
