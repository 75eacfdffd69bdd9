/**
 * The sets inside a share code (share-codec.ts has the format): building the bitsets of done,
 * known and in-progress topics over curriculum slots, finding them in a code, and reading them
 * back as topic ids. Bitsets are kept as arrays of 6-bit digits, slot 6i + b in bit 32 >> b of
 * digit i, so every check between the sets is a digit-by-digit AND.
 */
import type { CompiledCurriculum } from "../curriculum/types";
import { digitAt, digitChar } from "./base64url";
import { slotIndex } from "./slot-index";

/** The marks a code may carry besides "done", as topic ids (aliases allowed). */
export interface MarkSets {
  /** Topics known from elsewhere; only those also given as done are written. */
  readonly known?: Iterable<string>;
  /** Topics in progress; those also given as done are left out. */
  readonly inProgress?: Iterable<string>;
}

/** The three bitsets of a code, as 6-bit digits with no trailing zero digit. */
export interface SlotSets {
  readonly done: readonly number[];
  readonly known: readonly number[];
  readonly inProgress: readonly number[];
}

/** Where one bitset's digits sit in a code: [start, end). */
export interface SetSpan {
  readonly start: number;
  readonly end: number;
}

/** LENGTH never needs more than 3 digits within the longest code readers accept. */
const MAX_LENGTH_DIGITS = 3;

/** A LENGTH field: 5 bits a digit, least significant first, 32 added to all but the last. */
export function encodeLength(value: number): string {
  let out = "";
  let rest = value;
  do {
    const group = rest & 31;
    rest = Math.floor(rest / 32);
    out += digitChar(rest > 0 ? group | 32 : group);
  } while (rest > 0);
  return out;
}

/** Reads LENGTH at `cursor` and finds the bitset that follows it. */
export function readSetLayout(
  code: string,
  cursor: number,
): SetSpan | { readonly reason: "truncated" | "too-long" } {
  const first = cursor;
  let length = 0;
  let scale = 1;
  for (;;) {
    if (cursor >= code.length) return { reason: "truncated" };
    if (cursor - first >= MAX_LENGTH_DIGITS) return { reason: "too-long" };
    const digit = digitAt(code, cursor++);
    length += (digit & 31) * scale;
    scale *= 32;
    if ((digit & 32) === 0) break;
  }
  const end = cursor + length;
  return end > code.length ? { reason: "truncated" } : { start: cursor, end };
}

function trimmed(digits: number[]): number[] {
  while (digits.length > 0 && digits.at(-1) === 0) digits.pop();
  return digits;
}

/** The bitset of `ids` by slot; ids without a slot below `maxSlots` are left out. */
function slotDigits(curriculum: CompiledCurriculum, ids: Iterable<string>, maxSlots: number) {
  const { slotOf } = slotIndex(curriculum);
  const digits: number[] = [];
  for (const id of ids) {
    const slot = slotOf.get(id);
    if (slot === undefined || slot >= maxSlots) continue;
    const position = Math.floor(slot / 6);
    while (digits.length <= position) digits.push(0);
    digits[position] = (digits[position] ?? 0) | (32 >> (slot % 6));
  }
  return digits;
}

/** The bitsets a code writes: known kept within done, in progress kept out of it. */
export function markSetDigits(
  curriculum: CompiledCurriculum,
  doneIds: Iterable<string>,
  marks: MarkSets,
  maxSlots: number,
): SlotSets {
  const done = slotDigits(curriculum, doneIds, maxSlots);
  const known = slotDigits(curriculum, marks.known ?? [], maxSlots);
  const inProgress = slotDigits(curriculum, marks.inProgress ?? [], maxSlots);
  return {
    done,
    known: trimmed(known.slice(0, done.length).map((digit, i) => digit & (done[i] ?? 0))),
    inProgress: trimmed(inProgress.map((digit, i) => digit & ~(done[i] ?? 0))),
  };
}

function digitsOf(code: string, span: SetSpan | undefined): number[] {
  if (span === undefined) return [];
  const out: number[] = [];
  for (let i = span.start; i < span.end; i++) out.push(digitAt(code, i));
  return out;
}

/**
 * The bitsets of a code at the given spans, or null when they contradict each other: a known
 * bit that is not done, or an in-progress bit that is done.
 */
export function slotSetsOf(
  code: string,
  done: SetSpan,
  known: SetSpan | undefined,
  inProgress: SetSpan | undefined,
): SlotSets | null {
  const sets = {
    done: digitsOf(code, done),
    known: digitsOf(code, known),
    inProgress: digitsOf(code, inProgress),
  };
  const doneAt = (i: number) => sets.done[i] ?? 0;
  if (sets.known.some((digit, i) => (digit & ~doneAt(i)) !== 0)) return null;
  if (sets.inProgress.some((digit, i) => (digit & doneAt(i)) !== 0)) return null;
  return sets;
}

/** What a code's bitsets mean under a curriculum: topic ids in curriculum order. */
export interface ReadSets {
  readonly done: string[];
  readonly known: string[];
  readonly inProgress: string[];
  /** Set done or in-progress bits naming no current topic. */
  readonly ignoredSlots: number;
}

/** Reads the bitsets as current topic ids; a bit on a slot the curriculum lacks is counted. */
export function topicsOfSlots(curriculum: CompiledCurriculum, sets: SlotSets): ReadSets {
  const { topicAt, order } = slotIndex(curriculum);
  let ignoredSlots = 0;
  const read = (digits: readonly number[], countMissing: boolean) => {
    const ids = new Set<string>();
    digits.forEach((digit, i) => {
      for (let bit = 0; bit < 6; bit++) {
        if ((digit & (32 >> bit)) === 0) continue;
        const id = topicAt.get(i * 6 + bit);
        if (id !== undefined) ids.add(id);
        else if (countMissing) ignoredSlots++;
      }
    });
    return ids;
  };
  const done = read(sets.done, true);
  // Known bits all lie within done ones (checked), so they are never counted twice.
  const known = read(sets.known, false);
  const inProgress = read(sets.inProgress, true);
  const position = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  const sorted = (ids: Iterable<string>) => [...ids].sort((a, b) => position(a) - position(b));
  return {
    done: sorted(done),
    known: sorted(known),
    // Two slots of one renamed topic could disagree; done wins, as it does in the store.
    inProgress: sorted([...inProgress].filter((id) => !done.has(id))),
    ignoredSlots,
  };
}
