/**
 * Slots: the small stable integer each topic id gets once and keeps forever, kept in
 * `slots.json`. Share links encode progress by slot, so a slot is never changed or reused:
 * removed topics keep theirs (retired), and a renamed topic inherits the slot of its old id.
 */
import { SLOT_LIMIT } from "./limits.ts";
import type { ProblemList } from "./problems.ts";
import { KEBAB_CASE } from "./schema.ts";

/** The recorded slots: id -> slot. */
export type SlotTable = ReadonlyMap<string, number>;

/** Reads `slots.json`. Reports a malformed file and returns undefined then. */
export function parseSlotTable(
  file: string,
  text: string,
  problems: ProblemList,
): SlotTable | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    problems.error(file, `not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    problems.error(file, "must be a JSON object mapping topic ids to slot numbers");
    return undefined;
  }
  const table = new Map<string, number>();
  let ok = true;
  for (const [id, slot] of Object.entries(data)) {
    if (!KEBAB_CASE.test(id)) {
      problems.error(file, `'${id}' is not a topic id (lowercase kebab-case)`, lineOfKey(text, id));
      ok = false;
    } else if (typeof slot === "number" && Number.isSafeInteger(slot) && slot >= SLOT_LIMIT) {
      problems.error(
        file,
        `slot of '${id}' is ${slot}, past the largest slot, ${SLOT_LIMIT - 1}: share links hold one bit per slot, so a larger one would make every link too long`,
        lineOfKey(text, id),
      );
      ok = false;
    } else if (typeof slot === "number" && Number.isSafeInteger(slot) && slot >= 0) {
      table.set(id, slot);
    } else {
      problems.error(
        file,
        `slot of '${id}' must be a whole number ≥ 0 (got ${JSON.stringify(slot)})`,
      );
      ok = false;
    }
  }
  return ok ? table : undefined;
}

/** The line of `"id":` in a JSON text, when it can be found. */
function lineOfKey(text: string, id: string): number | undefined {
  const at = text.indexOf(`${JSON.stringify(id)}:`);
  if (at === -1) return undefined;
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < at; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

export interface SlotTopic {
  readonly id: string;
  readonly aliases: readonly string[];
  readonly file?: string;
}

export interface SlotAssignment {
  /** The table to keep: every old entry unchanged, plus entries for topics that had none. */
  readonly table: SlotTable;
  /** True when `table` has entries the old one lacked (the file needs writing). */
  readonly changed: boolean;
  /** Current topic id -> slot. */
  readonly topicSlots: ReadonlyMap<string, number>;
  /** Pairs of current topics that ended up on the same slot (a former id reused for a new topic). */
  readonly clashes: readonly {
    readonly id: string;
    readonly other: string;
    readonly slot: number;
  }[];
}

/**
 * Gives each topic its slot: its own recorded one; else the recorded slot of its first alias
 * that has one (a rename); else the next integer after the largest ever given. New slots go out
 * in the order of `topics` (curriculum order), so the result does not depend on file timing.
 */
export function assignSlots(recorded: SlotTable, topics: readonly SlotTopic[]): SlotAssignment {
  const table = new Map(recorded);
  let next = nextFreeSlot(recorded);
  const topicSlots = new Map<string, number>();
  const holder = new Map<number, string>();
  const clashes: { id: string; other: string; slot: number }[] = [];
  for (const topic of topics) {
    let slot = recorded.get(topic.id);
    if (slot === undefined) {
      const inherited = topic.aliases.find((alias) => recorded.has(alias));
      slot = inherited === undefined ? next++ : (recorded.get(inherited) as number);
      table.set(topic.id, slot);
    }
    const other = holder.get(slot);
    if (other !== undefined) clashes.push({ id: topic.id, other, slot });
    else holder.set(slot, topic.id);
    topicSlots.set(topic.id, slot);
  }
  return { table, changed: table.size !== recorded.size, topicSlots, clashes };
}

/** One more than the largest slot in the table (0 for an empty table). */
export function nextFreeSlot(table: SlotTable): number {
  let next = 0;
  for (const slot of table.values()) next = Math.max(next, slot + 1);
  return next;
}

/**
 * The slots the app sees: every recorded id except former ids of current topics (their slot is
 * the renamed topic's), plus every current topic.
 */
export function compiledSlots(
  table: SlotTable,
  aliasOf: ReadonlyMap<string, string>,
): Record<string, number> {
  const slots: Record<string, number> = {};
  for (const [id, slot] of sortedEntries(table)) {
    if (!aliasOf.has(id)) slots[id] = slot;
  }
  return slots;
}

/** `slots.json` text: sorted by slot (then id), two-space indented, ending with a newline. */
export function serializeSlotTable(table: SlotTable): string {
  // Written by hand: an object would move integer-like keys to the front and lose the order.
  const lines = sortedEntries(table).map(([id, slot]) => `  ${JSON.stringify(id)}: ${slot}`);
  return lines.length === 0 ? "{}\n" : `{\n${lines.join(",\n")}\n}\n`;
}

function sortedEntries(table: SlotTable): [string, number][] {
  return [...table].sort(([idA, a], [idB, b]) => a - b || (idA < idB ? -1 : idA > idB ? 1 : 0));
}
