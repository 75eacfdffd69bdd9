import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CheckedCurriculum } from "./check.ts";
import { SLOTS_FILE } from "./folder.ts";
import type { Problem } from "./problems.ts";
import { serializeSlotTable } from "./slots.ts";

/**
 * Writes `slots.json` when topics got new slots; a folder that cannot be written to gives a
 * warning instead (the slots then hold for this run only).
 */
export function writeNewSlots(checked: CheckedCurriculum): { written: boolean; warning?: Problem } {
  if (!checked.slots.changed) return { written: false };
  const file = join(checked.dir, SLOTS_FILE);
  try {
    writeFileSync(file, serializeSlotTable(checked.slots.table));
    return { written: true };
  } catch (error) {
    const message = `could not write new slots (${(error as Error).message}); share links may change until it is written`;
    return { written: false, warning: { file, message, severity: "warning" } };
  }
}
