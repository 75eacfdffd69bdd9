/**
 * The sharer's display name inside a share code. It is shown as plain text, but we still strip
 * what could disguise it: control characters, invisible format characters (including the
 * bidirectional overrides that can reverse how text reads) and line breaks.
 */

/** Longest name kept, in characters (code points). */
export const MAX_NAME_LENGTH = 40;

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/**
 * A name safe to show: invisible and control characters removed, runs of spaces collapsed,
 * trimmed, at most `MAX_NAME_LENGTH` code points. Empty when nothing is left.
 */
export function sanitizeName(name: string): string {
  const cleaned = name.replace(INVISIBLE, "").replace(/\s+/gu, " ").trim();
  return Array.from(cleaned).slice(0, MAX_NAME_LENGTH).join("").trim();
}
