/**
 * Share codes: a learner's done topics in a short URL-safe string (`#/share/<code>`). The
 * format is specified in docs/share-links.md; in short, all characters from base64url:
 *
 *   version 2 (written today):
 *     code  = "2" FLAGS PRINT [LENGTH] BITS CHECK [NAME]
 *     FLAGS = 1 digit; 1 means a NAME follows (and LENGTH is present); other bits reserved
 *     PRINT = 2 digits: the high 12 bits of the curriculum fingerprint
 *     CHECK = CRC-24 of the full 4-digit fingerprint followed by everything but CHECK
 *   version 1 (every link made before version 2; still read, never written):
 *     code  = "1" LENGTH BITS CHECK [NAME], CHECK = CRC-24 of everything but CHECK
 *
 *   LENGTH = how many BITS digits follow: 5 bits a digit, least significant first, 32 added
 *            to every digit but the last
 *   BITS   = a bitset over curriculum slots, 6 per digit, slot 6i in the highest bit of digit
 *            i; trailing all-zero digits omitted
 *   NAME   = the sharer's display name: UTF-8, base64url without padding
 *
 * Slots (never reused) rather than positions make a code outlive edits to the curriculum. The
 * fingerprint makes a code made for another curriculum read as that, not as progress. Without
 * a name a code has at most ceil(slots / 6) + 8 characters.
 */
import type { CompiledCurriculum } from "../curriculum/types";
import { decodeBytes, digitAt, digitChar, encodeBytes, isAlphabetOnly } from "./base64url";
import { crc24 } from "./crc24";
import { curriculumFingerprint } from "./curriculum-fingerprint";
import { sanitizeName } from "./share-code-name";
import { slotIndex } from "./slot-index";

/** The first character of every code written today. */
export const SHARE_CODE_VERSION = "2";

/** The first character of codes made before curricula had fingerprints (read, never written). */
export const LEGACY_SHARE_CODE_VERSION = "1";

/** Longest code we read; longer input is refused before any work. */
export const MAX_SHARE_CODE_LENGTH = 4096;

/**
 * Slots 0 .. MAX_SHARE_SLOTS - 1 fit in a code readers accept, with a 40-character name too.
 * Topics on higher slots (a damaged `slots.json`) are left out of codes.
 */
export const MAX_SHARE_SLOTS = 20_000;

const CHECK_DIGITS = 4;
/** LENGTH never needs more than 3 digits within MAX_SHARE_CODE_LENGTH. */
const MAX_LENGTH_DIGITS = 3;
/** FLAGS bit: a NAME follows, so BITS is preceded by its LENGTH. */
const NAME_FLAG = 1;
/** Version 2: version, FLAGS and the two fingerprint digits come before LENGTH or BITS. */
const V2_HEAD = 4;

export type ShareDecodeFailure =
  | "empty"
  | "bad-characters"
  | "unknown-version"
  | "checksum"
  | "too-long"
  | "truncated"
  /** Intact, but made for a curriculum with another fingerprint. */
  | "other-curriculum";

export type ShareDecodeResult =
  | {
      readonly ok: true;
      /** Current topic ids, in curriculum order. */
      readonly done: string[];
      /** The sharer's name, sanitised; absent when the code has none. */
      readonly name?: string;
      /** Set bits naming no current topic (removed topics, or slots this curriculum lacks). */
      readonly ignoredSlots: number;
    }
  | { readonly ok: false; readonly reason: ShareDecodeFailure };

type Failure = { readonly ok: false; readonly reason: ShareDecodeFailure };
const fail = (reason: ShareDecodeFailure): Failure => ({ ok: false, reason });

function encodeLength(value: number): string {
  let out = "";
  let rest = value;
  do {
    const group = rest & 31;
    rest = Math.floor(rest / 32);
    out += digitChar(rest > 0 ? group | 32 : group);
  } while (rest > 0);
  return out;
}

function encodeCheck(value: number): string {
  let out = "";
  for (let shift = (CHECK_DIGITS - 1) * 6; shift >= 0; shift -= 6) out += digitChar(value >> shift);
  return out;
}

function encodeBits(curriculum: CompiledCurriculum, doneIds: Iterable<string>): string {
  const { slotOf } = slotIndex(curriculum);
  const digits: number[] = [];
  for (const id of doneIds) {
    const slot = slotOf.get(id);
    if (slot === undefined || slot >= MAX_SHARE_SLOTS) continue;
    const position = Math.floor(slot / 6);
    while (digits.length <= position) digits.push(0);
    digits[position] = (digits[position] ?? 0) | (32 >> (slot % 6));
  }
  return digits.map(digitChar).join("");
}

/**
 * The share code for `doneIds` under `curriculum`. Ids may be aliases; ids naming no current
 * topic are left out. `name` is sanitised (see `sanitizeName`) and left out when empty.
 */
export function encodeShareCode(
  curriculum: CompiledCurriculum,
  doneIds: Iterable<string>,
  name?: string,
): string {
  const bits = encodeBits(curriculum, doneIds);
  const cleanName = name === undefined ? "" : sanitizeName(name);
  const nameText = cleanName === "" ? "" : encodeBytes(new TextEncoder().encode(cleanName));
  const fingerprint = curriculumFingerprint(curriculum).current;
  const flags = nameText === "" ? 0 : NAME_FLAG;
  const length = nameText === "" ? "" : encodeLength(bits.length);
  const head = `${SHARE_CODE_VERSION}${digitChar(flags)}${fingerprint.slice(0, 2)}${length}${bits}`;
  return `${head}${encodeCheck(crc24(fingerprint + head + nameText))}${nameText}`;
}

/** Where BITS, CHECK and NAME sit in a code whose structure is sound. */
interface Layout {
  readonly bitsStart: number;
  readonly bitsLength: number;
  readonly checkStart: number;
}

/** Reads LENGTH at `cursor` and lays out what follows it. */
function layoutAfterLength(text: string, cursor: number): Layout | Failure {
  const first = cursor;
  let bitsLength = 0;
  let scale = 1;
  for (;;) {
    if (cursor >= text.length) return fail("truncated");
    if (cursor - first >= MAX_LENGTH_DIGITS) return fail("too-long");
    const digit = digitAt(text, cursor++);
    bitsLength += (digit & 31) * scale;
    scale *= 32;
    if ((digit & 32) === 0) break;
  }
  const checkStart = cursor + bitsLength;
  if (checkStart + CHECK_DIGITS > text.length) return fail("truncated");
  return { bitsStart: cursor, bitsLength, checkStart };
}

function layoutV2(text: string): Layout | Failure {
  if (text.length < V2_HEAD) return fail("truncated");
  const flags = digitAt(text, 1);
  if ((flags & ~NAME_FLAG) !== 0) return fail("unknown-version");
  if (flags & NAME_FLAG) return layoutAfterLength(text, V2_HEAD);
  const checkStart = text.length - CHECK_DIGITS;
  if (checkStart < V2_HEAD) return fail("truncated");
  return { bitsStart: V2_HEAD, bitsLength: checkStart - V2_HEAD, checkStart };
}

/**
 * Checks a version-2 code against every fingerprint this curriculum accepts. When none fits,
 * the two visible fingerprint digits tell a damaged code ("checksum") from another
 * curriculum's intact one: if putting our digits in their place repairs the check, only those
 * digits were mistyped.
 */
function checkV2(curriculum: CompiledCurriculum, text: string, layout: Layout): Failure | null {
  const { accepted } = curriculumFingerprint(curriculum);
  const check = text.slice(layout.checkStart, layout.checkStart + CHECK_DIGITS);
  const body = text.slice(0, layout.checkStart) + text.slice(layout.checkStart + CHECK_DIGITS);
  const fits = (print: string, withBody: string) => encodeCheck(crc24(print + withBody)) === check;
  const shown = text.slice(2, V2_HEAD);
  const ours = accepted.filter((print) => print.startsWith(shown));
  if (ours.some((print) => fits(print, body))) return null;
  if (ours.length > 0) return fail("checksum");
  const repaired = (print: string) => `${body.slice(0, 2)}${print.slice(0, 2)}${body.slice(4)}`;
  return accepted.some((print) => fits(print, repaired(print)))
    ? fail("checksum")
    : fail("other-curriculum");
}

function checkV1(text: string, layout: Layout): Failure | null {
  const nameText = text.slice(layout.checkStart + CHECK_DIGITS);
  const expected = encodeCheck(crc24(text.slice(0, layout.checkStart) + nameText));
  return text.slice(layout.checkStart, layout.checkStart + CHECK_DIGITS) === expected
    ? null
    : fail("checksum");
}

/** The done topics and the name of a code that passed its checks. */
function readContent(
  curriculum: CompiledCurriculum,
  text: string,
  layout: Layout,
): ShareDecodeResult {
  const { topicAt, order } = slotIndex(curriculum);
  const done = new Set<string>();
  let ignoredSlots = 0;
  for (let i = 0; i < layout.bitsLength; i++) {
    const digit = digitAt(text, layout.bitsStart + i);
    for (let bit = 0; bit < 6; bit++) {
      if ((digit & (32 >> bit)) === 0) continue;
      const id = topicAt.get(i * 6 + bit);
      if (id === undefined) ignoredSlots++;
      else done.add(id);
    }
  }
  const position = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...done].sort((a, b) => position(a) - position(b));
  const nameText = text.slice(layout.checkStart + CHECK_DIGITS);
  const name = nameText === "" ? "" : sanitizeName(new TextDecoder().decode(decodeBytes(nameText)));
  return name === ""
    ? { ok: true, done: sorted, ignoredSlots }
    : { ok: true, done: sorted, name, ignoredSlots };
}

/**
 * Reads a share code (version 2, or a version-1 code made before fingerprints) under
 * `curriculum`. Never throws: any string gives either the done topics (current ids, renamed
 * topics under their new id) or the reason it cannot be read. Surrounding whitespace is ignored.
 */
export function decodeShareCode(curriculum: CompiledCurriculum, code: string): ShareDecodeResult {
  const text = typeof code === "string" ? code.trim() : "";
  if (text === "") return fail("empty");
  if (text.length > MAX_SHARE_CODE_LENGTH) return fail("too-long");
  if (!isAlphabetOnly(text)) return fail("bad-characters");
  const version = text[0];
  if (version !== SHARE_CODE_VERSION && version !== LEGACY_SHARE_CODE_VERSION) {
    return fail("unknown-version");
  }
  const layout = version === SHARE_CODE_VERSION ? layoutV2(text) : layoutAfterLength(text, 1);
  if ("ok" in layout) return layout;
  const failure =
    version === SHARE_CODE_VERSION ? checkV2(curriculum, text, layout) : checkV1(text, layout);
  return failure ?? readContent(curriculum, text, layout);
}
