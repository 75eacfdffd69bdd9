import { closeSync, constants, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { CheckedCurriculum } from "./check.ts";
import { SLOTS_FILE } from "./folder.ts";
import { oneLine, type Problem } from "./problems.ts";
import { serializeSlotTable } from "./slots.ts";

/**
 * Writes `slots.json` when topics got new slots; a folder that cannot be written to gives a
 * warning instead (the slots then hold for this run only). The text goes to a new file that is
 * then renamed over slots.json: a rename replaces a link instead of writing through it, so
 * nothing outside the folder is ever written (the reader refuses a linked slots.json anyway).
 */
export function writeNewSlots(checked: CheckedCurriculum): { written: boolean; warning?: Problem } {
  if (!checked.slots.changed) return { written: false };
  const file = join(checked.dir, SLOTS_FILE);
  const scratch = join(checked.dir, `.${SLOTS_FILE}.${process.pid}.tmp`);
  try {
    const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
    const fd = openSync(scratch, flags, 0o644);
    try {
      writeSync(fd, serializeSlotTable(checked.slots.table));
    } finally {
      closeSync(fd);
    }
    renameSync(scratch, file);
    return { written: true };
  } catch (error) {
    rmSync(scratch, { force: true });
    const message = `could not write new slots (${oneLine(error)}); share links may change until it is written`;
    return { written: false, warning: { file, message, severity: "warning" } };
  }
}
