/**
 * A curriculum's fingerprint: 24 bits that tell one curriculum's share codes from another's.
 *
 * It is derived from the ids that hold the curriculum's lowest three slots (usually 0, 1 and
 * 2) in `slots.json`: the first topics it ever had. The slot table is append-only, so adding
 * or removing topics, editing titles, bodies, sections or hours never changes them. A rename
 * (`aliases: [old-id]`) keeps the slot, and the reader accepts every name a slot has had, so
 * codes made before a rename still open. Only replacing the curriculum's earliest topics
 * without aliases makes a new curriculum, which is what it then is.
 *
 * Two curricula that started with the same three topic ids share a fingerprint; their slots
 * then mean the same topics, so reading each other's codes is what a learner expects.
 */
import type { CompiledCurriculum } from "../curriculum/types";
import { digitChar } from "./base64url";
import { crc24 } from "./crc24";
import { isSlot } from "./slot-index";

/** How many of the lowest slots name the curriculum. */
const FINGERPRINT_SLOTS = 3;
/** Renames multiply the names a reader tries; more than this many is not a real history. */
const MAX_ACCEPTED = 64;

export interface CurriculumFingerprint {
  /** The fingerprint new codes carry: 4 base64url digits (24 bits), high bits first. */
  readonly current: string;
  /**
   * Every fingerprint a code made for this curriculum may carry: `current` first, then those
   * made under the former ids of its earliest topics, or while it had fewer than three slots.
   */
  readonly accepted: readonly string[];
}

const cache = new WeakMap<CompiledCurriculum, CurriculumFingerprint>();

function digits(value: number): string {
  return digitChar(value >> 18) + digitChar(value >> 12) + digitChar(value >> 6) + digitChar(value);
}

function fingerprintOfIds(ids: readonly string[]): string {
  return digits(crc24(`jiewang-curriculum\n${ids.join("\n")}`));
}

/** All combinations of one name per slot, each slot's first name first. */
function combinations(names: readonly (readonly string[])[]): string[][] {
  let out: string[][] = [[]];
  for (const options of names) {
    out = out.flatMap((prefix) => options.map((name) => [...prefix, name]));
    if (out.length > MAX_ACCEPTED) out = out.slice(0, MAX_ACCEPTED);
  }
  return out;
}

/**
 * Every id the slot held by `id` has had, the one new codes use first: a renamed topic's
 * former ids in the order its `aliases` list them (the first is usually the id the slot was
 * given), then its current id. Codes then keep the fingerprint an older copy of the site
 * knows, and this copy accepts them under any of the names.
 */
function namesOfSlot(curriculum: CompiledCurriculum, id: string): string[] {
  const topic = curriculum.topics.find((candidate) => candidate.id === id);
  const listed = topic?.aliases ?? [];
  const mapped = Object.keys(curriculum.aliases)
    .filter((former) => curriculum.aliases[former] === id && !listed.includes(former))
    .sort();
  return [...new Set([...listed, ...mapped, id])];
}

export function curriculumFingerprint(curriculum: CompiledCurriculum): CurriculumFingerprint {
  const cached = cache.get(curriculum);
  if (cached) return cached;
  const idsBySlot = new Map<number, string[]>();
  for (const [id, slot] of Object.entries(curriculum.slots)) {
    if (isSlot(slot)) idsBySlot.set(slot, [...(idsBySlot.get(slot) ?? []), id].sort());
  }
  const current = new Set(curriculum.topics.map((topic) => topic.id));
  const names = [...idsBySlot.keys()]
    .sort((a, b) => a - b)
    .slice(0, FINGERPRINT_SLOTS)
    .map((slot) => {
      // Normally one id a slot; should a table list a former id too, the current one leads.
      const ids = idsBySlot.get(slot) ?? [];
      const lead = ids.find((id) => current.has(id)) ?? ids[0] ?? "";
      return [...new Set([...namesOfSlot(curriculum, lead), ...ids])];
    });
  const accepted = new Set<string>();
  // Longest prefix first: the full set of three, then codes made when there were fewer slots.
  for (let count = names.length; count >= Math.min(1, names.length); count--) {
    for (const ids of combinations(names.slice(0, count))) {
      if (accepted.size < MAX_ACCEPTED) accepted.add(fingerprintOfIds(ids));
    }
  }
  const written = fingerprintOfIds(names.map((options) => options[0] ?? ""));
  const result = {
    current: written,
    accepted: [written, ...[...accepted].filter((print) => print !== written)],
  };
  cache.set(curriculum, result);
  return result;
}
