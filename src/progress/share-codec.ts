/**
 * Share codes: a learner's done topics in a short URL-safe string (`#/share/<code>`).
 *
 * Format version 1, all characters from the base64url alphabet `[A-Za-z0-9_-]`:
 *
 *   code    = VERSION LENGTH BITS CHECK [NAME]
 *   VERSION = "1"  (the first character always names the format; later formats take others)
 *   LENGTH  = how many BITS characters follow, as 6-bit digits holding 5 bits each,
 *             least significant group first; the value 32 is added to every digit but the
 *             last (1 digit up to 31, 2 up to 1023, 3 up to 32767)
 *   BITS    = a bitset over curriculum slots, 6 per character: character i holds slots
 *             6i..6i+5, slot 6i in its highest bit; trailing all-zero characters are omitted
 *   CHECK   = 4 characters: CRC-24 (OpenPGP) of VERSION LENGTH BITS NAME, high bits first
 *   NAME    = optional display name: UTF-8, base64url without padding
 *
 * Slots (`curriculum.slots`, never reused) rather than positions make a code outlive edits to
 * the curriculum: a code carries its own bitset length, so a curriculum with more slots reads
 * an old code, removed topics' slots are skipped and counted, and a renamed topic keeps its
 * slot. Without a name a code is at most ceil(slots / 6) + 8 characters. See docs/share-links.md.
 */
import type { CompiledCurriculum } from "../curriculum/types";
import { decodeBytes, digitAt, digitChar, encodeBytes, isAlphabetOnly } from "./base64url";
import { crc24 } from "./crc24";
import { sanitizeName } from "./share-code-name";

/** The first character of every code written today. */
export const SHARE_CODE_VERSION = "1";

/** Longest code we read; longer input is refused before any work. */
export const MAX_SHARE_CODE_LENGTH = 4096;

const CHECK_DIGITS = 4;
/** LENGTH never needs more than 3 digits within MAX_SHARE_CODE_LENGTH. */
const MAX_LENGTH_DIGITS = 3;

export type ShareDecodeFailure =
  | "empty"
  | "bad-characters"
  | "unknown-version"
  | "checksum"
  | "too-long"
  | "truncated";

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

interface SlotIndex {
  /** Topic id -> slot, for current topics and their aliases. */
  readonly slotOf: ReadonlyMap<string, number>;
  /** Slot -> current topic id (undefined: retired or never given). */
  readonly topicAt: readonly (string | undefined)[];
  /** Current topic id -> position in curriculum order. */
  readonly order: ReadonlyMap<string, number>;
}

const indexCache = new WeakMap<CompiledCurriculum, SlotIndex>();

function slotIndex(curriculum: CompiledCurriculum): SlotIndex {
  const cached = indexCache.get(curriculum);
  if (cached) return cached;
  const slotOf = new Map<string, number>();
  const topicAt: (string | undefined)[] = [];
  const order = new Map<string, number>();
  curriculum.topics.forEach((topic, position) => {
    order.set(topic.id, position);
    if (!isSlot(topic.slot)) return;
    slotOf.set(topic.id, topic.slot);
    topicAt[topic.slot] = topic.id;
  });
  for (const [former, current] of Object.entries(curriculum.aliases)) {
    const slot = slotOf.get(current);
    if (slot !== undefined && !slotOf.has(former)) slotOf.set(former, slot);
  }
  // Defensive: a slot listed under a former id still means its renamed topic.
  for (const [id, slot] of Object.entries(curriculum.slots)) {
    const current = order.has(id) ? id : curriculum.aliases[id];
    if (
      current !== undefined &&
      order.has(current) &&
      isSlot(slot) &&
      topicAt[slot] === undefined
    ) {
      topicAt[slot] = current;
    }
  }
  const index = { slotOf, topicAt, order };
  indexCache.set(curriculum, index);
  return index;
}

function isSlot(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

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

/**
 * The share code for `doneIds` under `curriculum`. Ids may be aliases; ids naming no current
 * topic are left out. `name` is sanitised (see `sanitizeName`) and left out when empty.
 * Past roughly 24,000 slots a full code exceeds `MAX_SHARE_CODE_LENGTH` and readers refuse it.
 */
export function encodeShareCode(
  curriculum: CompiledCurriculum,
  doneIds: Iterable<string>,
  name?: string,
): string {
  const { slotOf } = slotIndex(curriculum);
  const digits: number[] = [];
  for (const id of doneIds) {
    const slot = slotOf.get(id);
    if (slot === undefined) continue;
    const position = Math.floor(slot / 6);
    while (digits.length <= position) digits.push(0);
    digits[position] = (digits[position] ?? 0) | (32 >> (slot % 6));
  }
  const bits = digits.map(digitChar).join("");
  const cleanName = name === undefined ? "" : sanitizeName(name);
  const nameText = cleanName === "" ? "" : encodeBytes(new TextEncoder().encode(cleanName));
  const head = `${SHARE_CODE_VERSION}${encodeLength(bits.length)}${bits}`;
  return `${head}${encodeCheck(crc24(head + nameText))}${nameText}`;
}

/**
 * Reads a share code under `curriculum`. Never throws: any string gives either the done topics
 * (current ids, renamed topics under their new id) or the reason it cannot be read. Leading
 * and trailing whitespace is ignored.
 */
export function decodeShareCode(curriculum: CompiledCurriculum, code: string): ShareDecodeResult {
  const text = typeof code === "string" ? code.trim() : "";
  if (text === "") return { ok: false, reason: "empty" };
  if (text.length > MAX_SHARE_CODE_LENGTH) return { ok: false, reason: "too-long" };
  if (!isAlphabetOnly(text)) return { ok: false, reason: "bad-characters" };
  if (text[0] !== SHARE_CODE_VERSION) return { ok: false, reason: "unknown-version" };

  // LENGTH: base-32 groups, least significant first, 32 marks "more digits follow".
  let cursor = 1;
  let bitsLength = 0;
  let scale = 1;
  for (;;) {
    if (cursor >= text.length) return { ok: false, reason: "truncated" };
    if (cursor > MAX_LENGTH_DIGITS) return { ok: false, reason: "too-long" };
    const digit = digitAt(text, cursor++);
    bitsLength += (digit & 31) * scale;
    scale *= 32;
    if ((digit & 32) === 0) break;
  }
  const bitsStart = cursor;
  const checkStart = bitsStart + bitsLength;
  if (checkStart + CHECK_DIGITS > text.length) return { ok: false, reason: "truncated" };

  const nameText = text.slice(checkStart + CHECK_DIGITS);
  const expected = encodeCheck(crc24(text.slice(0, checkStart) + nameText));
  if (text.slice(checkStart, checkStart + CHECK_DIGITS) !== expected) {
    return { ok: false, reason: "checksum" };
  }

  const { topicAt, order } = slotIndex(curriculum);
  const done = new Set<string>();
  let ignoredSlots = 0;
  for (let i = 0; i < bitsLength; i++) {
    const digit = digitAt(text, bitsStart + i);
    for (let bit = 0; bit < 6; bit++) {
      if ((digit & (32 >> bit)) === 0) continue;
      const id = topicAt[i * 6 + bit];
      if (id === undefined) ignoredSlots++;
      else done.add(id);
    }
  }
  const sorted = [...done].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const name = nameText === "" ? "" : sanitizeName(new TextDecoder().decode(decodeBytes(nameText)));
  return name === ""
    ? { ok: true, done: sorted, ignoredSlots }
    : { ok: true, done: sorted, name, ignoredSlots };
}
