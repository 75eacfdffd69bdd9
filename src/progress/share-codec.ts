/**
 * Share codes: a learner's marks in a short URL-safe string (`#/share/<code>`). The format is
 * specified in docs/share-links.md; in short, all characters from base64url:
 *
 *   version 2 (written today):
 *     code  = "2" FLAGS PRINT DONE [KNOWN] [PROGRESS] CHECK [NAME]
 *     FLAGS = 1 digit: 1 a NAME follows, 2 a KNOWN set follows, 4 a PROGRESS set follows;
 *             the other bits are reserved
 *     PRINT = 2 digits: the high 12 bits of the curriculum fingerprint
 *     DONE  = BITS when FLAGS is 0, else LENGTH BITS: topics done or known
 *     KNOWN, PROGRESS = LENGTH BITS: the known topics (all in DONE), the topics in progress
 *             (none in DONE); each written only when not empty
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
 * a name, known or in-progress topics a code has at most ceil(slots / 6) + 8 characters: the
 * codes of learners who only tick "done" are exactly what they were before marks existed.
 */
import type { CompiledCurriculum } from "../curriculum/types";
import { decodeBytes, digitAt, digitChar, encodeBytes, isAlphabetOnly } from "./base64url";
import { crc24 } from "./crc24";
import { curriculumFingerprint } from "./curriculum-fingerprint";
import { sanitizeName } from "./share-code-name";
import {
  encodeLength,
  type MarkSets,
  markSetDigits,
  readSetLayout,
  type SetSpan,
  type SlotSets,
  slotSetsOf,
  topicsOfSlots,
} from "./share-code-sets";

export type { MarkSets } from "./share-code-sets";

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
/** FLAGS bits. */
const NAME_FLAG = 1;
const KNOWN_FLAG = 2;
const IN_PROGRESS_FLAG = 4;
const READABLE_FLAGS = NAME_FLAG | KNOWN_FLAG | IN_PROGRESS_FLAG;
/** Version 2: version, FLAGS and the two fingerprint digits come before the sets. */
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
      /** Current topic ids done or known (both count as done), in curriculum order. */
      readonly done: string[];
      /** Of `done`, the topics marked known; absent when none (or the code cannot tell). */
      readonly known?: string[];
      /** Topics in progress (never in `done`), in curriculum order; absent when none. */
      readonly inProgress?: string[];
      /** The sharer's name, sanitised; absent when the code has none. */
      readonly name?: string;
      /** Set bits naming no current topic (removed topics, or slots this curriculum lacks). */
      readonly ignoredSlots: number;
    }
  | { readonly ok: false; readonly reason: ShareDecodeFailure };

type Failure = { readonly ok: false; readonly reason: ShareDecodeFailure };
const fail = (reason: ShareDecodeFailure): Failure => ({ ok: false, reason });

function encodeCheck(value: number): string {
  let out = "";
  for (let shift = (CHECK_DIGITS - 1) * 6; shift >= 0; shift -= 6) out += digitChar(value >> shift);
  return out;
}

const text = (digits: readonly number[]) => digits.map(digitChar).join("");

/** The code's characters before CHECK, for the given sets and name (empty name: none). */
function codeHead(print: string, sets: SlotSets, nameText: string): string {
  const flags =
    (nameText === "" ? 0 : NAME_FLAG) |
    (sets.known.length === 0 ? 0 : KNOWN_FLAG) |
    (sets.inProgress.length === 0 ? 0 : IN_PROGRESS_FLAG);
  const withLength = (digits: readonly number[]) => encodeLength(digits.length) + text(digits);
  let head = `${SHARE_CODE_VERSION}${digitChar(flags)}${print}`;
  head += flags === 0 ? text(sets.done) : withLength(sets.done);
  if (flags & KNOWN_FLAG) head += withLength(sets.known);
  if (flags & IN_PROGRESS_FLAG) head += withLength(sets.inProgress);
  return head;
}

/**
 * The share code for `doneIds` (topics done or known) under `curriculum`, telling known and
 * in-progress topics apart when `marks` names any. Ids may be aliases; ids naming no current
 * topic are left out; a known id that is not in `doneIds` is left out, and so is an
 * in-progress id that is. `name` is sanitised (see `sanitizeName`) and left out when empty.
 * Should the marks make a code longer than readers accept (tens of thousands of topics), the
 * in-progress set and then the known set are left out.
 */
export function encodeShareCode(
  curriculum: CompiledCurriculum,
  doneIds: Iterable<string>,
  name?: string,
  marks: MarkSets = {},
): string {
  const cleanName = name === undefined ? "" : sanitizeName(name);
  const nameText = cleanName === "" ? "" : encodeBytes(new TextEncoder().encode(cleanName));
  const fingerprint = curriculumFingerprint(curriculum).current;
  const print = fingerprint.slice(0, 2);
  const full = markSetDigits(curriculum, doneIds, marks, MAX_SHARE_SLOTS);
  const fits = (sets: SlotSets) =>
    codeHead(print, sets, nameText).length + CHECK_DIGITS + nameText.length <=
    MAX_SHARE_CODE_LENGTH;
  const withoutProgress = { ...full, inProgress: [] };
  const sets = fits(full)
    ? full
    : fits(withoutProgress)
      ? withoutProgress
      : { ...withoutProgress, known: [] };
  const head = codeHead(print, sets, nameText);
  return `${head}${encodeCheck(crc24(fingerprint + head + nameText))}${nameText}`;
}

/** Where the parts of a code whose structure is sound sit. */
interface Layout {
  readonly flags: number;
  readonly done: SetSpan;
  readonly known?: SetSpan;
  readonly inProgress?: SetSpan;
  readonly checkStart: number;
}

function layoutV1(code: string): Layout | Failure {
  const done = readSetLayout(code, 1);
  if ("reason" in done) return fail(done.reason);
  if (done.end + CHECK_DIGITS > code.length) return fail("truncated");
  return { flags: NAME_FLAG, done, checkStart: done.end };
}

function layoutV2(code: string): Layout | Failure {
  if (code.length < V2_HEAD) return fail("truncated");
  const flags = digitAt(code, 1);
  if ((flags & ~READABLE_FLAGS) !== 0) return fail("unknown-version");
  if (flags === 0) {
    const checkStart = code.length - CHECK_DIGITS;
    if (checkStart < V2_HEAD) return fail("truncated");
    return { flags, done: { start: V2_HEAD, end: checkStart }, checkStart };
  }
  const done = readSetLayout(code, V2_HEAD);
  if ("reason" in done) return fail(done.reason);
  let cursor = done.end;
  const optional = (flag: number): SetSpan | Failure | undefined => {
    if ((flags & flag) === 0) return undefined;
    const span = readSetLayout(code, cursor);
    if ("reason" in span) return fail(span.reason);
    cursor = span.end;
    return span;
  };
  const known = optional(KNOWN_FLAG);
  if (known && "reason" in known) return known;
  const inProgress = optional(IN_PROGRESS_FLAG);
  if (inProgress && "reason" in inProgress) return inProgress;
  if (cursor + CHECK_DIGITS > code.length) return fail("truncated");
  return { flags, done, known, inProgress, checkStart: cursor };
}

/**
 * Checks a version-2 code against every fingerprint this curriculum accepts. When none fits,
 * the two visible fingerprint digits tell a damaged code ("checksum") from another
 * curriculum's intact one: if putting our digits in their place repairs the check, only those
 * digits were mistyped.
 */
function checkV2(curriculum: CompiledCurriculum, code: string, layout: Layout): Failure | null {
  const { accepted } = curriculumFingerprint(curriculum);
  const check = code.slice(layout.checkStart, layout.checkStart + CHECK_DIGITS);
  const body = code.slice(0, layout.checkStart) + code.slice(layout.checkStart + CHECK_DIGITS);
  const fits = (print: string, withBody: string) => encodeCheck(crc24(print + withBody)) === check;
  const shown = code.slice(2, V2_HEAD);
  const ours = accepted.filter((print) => print.startsWith(shown));
  if (ours.some((print) => fits(print, body))) return null;
  if (ours.length > 0) return fail("checksum");
  const repaired = (print: string) => `${body.slice(0, 2)}${print.slice(0, 2)}${body.slice(4)}`;
  return accepted.some((print) => fits(print, repaired(print)))
    ? fail("checksum")
    : fail("other-curriculum");
}

function checkV1(code: string, layout: Layout): Failure | null {
  const nameText = code.slice(layout.checkStart + CHECK_DIGITS);
  const expected = encodeCheck(crc24(code.slice(0, layout.checkStart) + nameText));
  return code.slice(layout.checkStart, layout.checkStart + CHECK_DIGITS) === expected
    ? null
    : fail("checksum");
}

/**
 * The marks and the name of a code that passed its checks. A code whose parts contradict each
 * other (a known topic that is not done, a topic both done and in progress, characters after
 * CHECK without the NAME flag) was not written by any encoder we know: it is refused as
 * "unknown-version" rather than guessed at.
 */
function readContent(
  curriculum: CompiledCurriculum,
  code: string,
  layout: Layout,
): ShareDecodeResult {
  const nameText = code.slice(layout.checkStart + CHECK_DIGITS);
  if ((layout.flags & NAME_FLAG) === 0 && nameText !== "") return fail("unknown-version");
  const sets = slotSetsOf(code, layout.done, layout.known, layout.inProgress);
  if (sets === null) return fail("unknown-version");
  const read = topicsOfSlots(curriculum, sets);
  const name = nameText === "" ? "" : sanitizeName(new TextDecoder().decode(decodeBytes(nameText)));
  return {
    ok: true,
    done: read.done,
    ...(read.known.length > 0 && { known: read.known }),
    ...(read.inProgress.length > 0 && { inProgress: read.inProgress }),
    ...(name !== "" && { name }),
    ignoredSlots: read.ignoredSlots,
  };
}

/**
 * Reads a share code (version 2, or a version-1 code made before fingerprints) under
 * `curriculum`. Never throws: any string gives either the marks (current ids, renamed topics
 * under their new id) or the reason it cannot be read. Surrounding whitespace is ignored.
 */
export function decodeShareCode(curriculum: CompiledCurriculum, code: string): ShareDecodeResult {
  const trimmed = typeof code === "string" ? code.trim() : "";
  if (trimmed === "") return fail("empty");
  if (trimmed.length > MAX_SHARE_CODE_LENGTH) return fail("too-long");
  if (!isAlphabetOnly(trimmed)) return fail("bad-characters");
  const version = trimmed[0];
  if (version !== SHARE_CODE_VERSION && version !== LEGACY_SHARE_CODE_VERSION) {
    return fail("unknown-version");
  }
  const layout = version === SHARE_CODE_VERSION ? layoutV2(trimmed) : layoutV1(trimmed);
  if ("ok" in layout) return layout;
  const failure =
    version === SHARE_CODE_VERSION
      ? checkV2(curriculum, trimmed, layout)
      : checkV1(trimmed, layout);
  return failure ?? readContent(curriculum, trimmed, layout);
}
