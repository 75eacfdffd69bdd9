/**
 * Lookups between topic ids and slots, built once per compiled curriculum. Share codes and
 * imports use them to name topics by slot and to tell which ids a curriculum can still name.
 *
 * Everything is kept in maps, never in arrays indexed by slot: a damaged `slots.json` may hold
 * a slot of 10^15, and that must cost one map entry, not an array up to that number.
 */
import type { CompiledCurriculum } from "../curriculum/types";

export interface SlotIndex {
  /** Topic id -> slot, for current topics and their aliases. */
  readonly slotOf: ReadonlyMap<string, number>;
  /** Slot -> current topic id (absent: retired or never given). */
  readonly topicAt: ReadonlyMap<number, string>;
  /** Current topic id -> position in curriculum order. */
  readonly order: ReadonlyMap<string, number>;
}

const cache = new WeakMap<CompiledCurriculum, SlotIndex>();

/** A slot number as the compiler writes one: a whole number >= 0. */
export function isSlot(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

export function slotIndex(curriculum: CompiledCurriculum): SlotIndex {
  const cached = cache.get(curriculum);
  if (cached) return cached;
  const slotOf = new Map<string, number>();
  const topicAt = new Map<number, string>();
  const order = new Map<string, number>();
  curriculum.topics.forEach((topic, position) => {
    order.set(topic.id, position);
    if (!isSlot(topic.slot)) return;
    slotOf.set(topic.id, topic.slot);
    topicAt.set(topic.slot, topic.id);
  });
  for (const [former, current] of Object.entries(curriculum.aliases)) {
    const slot = slotOf.get(current);
    if (slot !== undefined && !slotOf.has(former)) slotOf.set(former, slot);
  }
  // Defensive: a slot listed under a former id still means its renamed topic.
  for (const [id, slot] of Object.entries(curriculum.slots)) {
    const current = order.has(id) ? id : curriculum.aliases[id];
    if (current !== undefined && order.has(current) && isSlot(slot) && !topicAt.has(slot)) {
      topicAt.set(slot, current);
    }
  }
  const index = { slotOf, topicAt, order };
  cache.set(curriculum, index);
  return index;
}

/**
 * True when `curriculum` can still name `id`: a current topic, a former id (alias), or a removed
 * topic whose slot `slots.json` keeps. Anything else is a stranger that is not worth storing.
 */
export function isNameableId(curriculum: CompiledCurriculum, id: string): boolean {
  return (
    slotIndex(curriculum).slotOf.has(id) ||
    Object.hasOwn(curriculum.slots, id) ||
    Object.hasOwn(curriculum.aliases, id)
  );
}

/**
 * The entries of `record` whose ids `curriculum` can name (see `isNameableId`), and how many
 * were dropped. Ids this curriculum has never had are not kept from a file: they cost storage
 * and work on every tick, and a share code could not carry them anyway.
 */
export function keepNameable<T>(
  curriculum: CompiledCurriculum,
  record: Readonly<Record<string, T>>,
): { readonly kept: Record<string, T>; readonly dropped: number } {
  const kept: Record<string, T> = {};
  let dropped = 0;
  for (const [id, value] of Object.entries(record)) {
    if (isNameableId(curriculum, id)) kept[id] = value;
    else dropped++;
  }
  return { kept, dropped };
}
