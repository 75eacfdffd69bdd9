/**
 * Plain (unquoted) YAML scalars on the fast path (regular-yaml.ts): which ones it may read, and
 * what value each one has.
 */

/**
 * A one-line plain scalar that starts as YAML allows: not with an indicator character, and with
 * `-`, `?` or `:` only when a non-space follows.
 */
export function isRegularPlain(source: string): boolean {
  if (source.includes("\n")) return false;
  const first = source[0] ?? "";
  if (",[]{}#&*!|>'\"%@`".includes(first)) return false;
  // `-`, `?` and `:` start a plain scalar only when something other than a space follows.
  return !("-?:".includes(first) && (source.length === 1 || source[1] === " "));
}

const WORDS = new Map<string, null | boolean>([
  ["null", null],
  ["Null", null],
  ["NULL", null],
  ["true", true],
  ["True", true],
  ["TRUE", true],
  ["false", false],
  ["False", false],
  ["FALSE", false],
]);

/**
 * A plain scalar's value under the YAML 1.2 core schema, tested in the order `yaml` tests them
 * (null, bool, octal, decimal and hex integers, special floats, exponent floats, floats).
 */
export function typePlain(source: string): unknown {
  if (source === "" || source === "~") return null;
  // Words are strings unless they spell null or a boolean; only numbers start otherwise.
  if (!"-+.0123456789".includes(source[0] ?? "")) {
    return WORDS.has(source) ? WORDS.get(source) : source;
  }
  if (/^0o[0-7]+$/.test(source)) return Number.parseInt(source.slice(2), 8);
  if (/^[-+]?[0-9]+$/.test(source)) return Number.parseInt(source, 10);
  if (/^0x[0-9a-fA-F]+$/.test(source)) return Number.parseInt(source.slice(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(source)) {
    if (source.slice(-3).toLowerCase() === "nan") return Number.NaN;
    return source[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(source))
    return Number.parseFloat(source);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(source)) return Number.parseFloat(source);
  return source;
}
