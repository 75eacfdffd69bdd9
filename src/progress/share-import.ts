/**
 * What importing a share link does to the learner's marks. `importShareLink` applies the plan
 * and the import dialog previews it, so both follow these rules (docs/share-links.md,
 * "Importing"):
 *
 * - **Merge** moves a topic forward only: not started < in progress < done or known. A topic
 *   the link has known becomes known where I have not started it or am still studying it; one
 *   the link has in progress becomes in progress only where I have not started it. A topic
 *   done (or known) here keeps its mark and time.
 * - **Replace** makes my marks the link's: its done, known and in-progress topics, and every
 *   other topic not started.
 * - Either way a topic I know stays known when the link only says "done": a link without a
 *   known set may come from before links carried marks, when "done" also meant known.
 *
 * It lives here, loaded with the shared view, rather than in the store (which every page
 * loads): the store's `setMarks` applies the plan as one undo step.
 */
import { type Mark, type MarkRecords, markKindOf } from "./marks";
import { idList } from "./store-helpers";
import type { ImportMode, ImportOutcome, ProgressActions } from "./store-types";

/** A share link's marks besides done: known topics (all in its done list) and topics in progress. */
export interface SharedMarks {
  readonly known?: readonly string[];
  readonly inProgress?: readonly string[];
}

const RANK: Readonly<Record<Mark, number>> = { none: 0, "in-progress": 1, done: 2, known: 2 };

/** The mark a link gives each of its topics: done, known (within done) or in progress. */
export function linkMarks(done: readonly string[], marks: SharedMarks = {}): Map<string, Mark> {
  const out = new Map<string, Mark>();
  for (const id of marks.inProgress ?? []) out.set(id, "in-progress");
  for (const id of done) out.set(id, "done");
  for (const id of marks.known ?? []) if (out.get(id) === "done") out.set(id, "known");
  return out;
}

/** The mark an import gives a topic, or undefined to leave it as it is. */
export function importedMark(
  mine: Mark,
  theirs: Mark | undefined,
  mode: ImportMode,
): Mark | undefined {
  const target = theirs ?? "none";
  if (target === mine || (target === "done" && mine === "known")) return undefined;
  if (mode === "replace") return target;
  return RANK[target] > RANK[mine] ? target : undefined;
}

/**
 * The marks a link import changes: [id, new mark] for every topic whose mark changes, given my
 * marks (`mine`: every topic with a mark, by id) and the link's.
 */
export function planLinkImport(
  mine: ReadonlyMap<string, Mark>,
  theirs: ReadonlyMap<string, Mark>,
  mode: ImportMode,
): [string, Mark][] {
  const changes: [string, Mark][] = [];
  for (const id of new Set([...mine.keys(), ...theirs.keys()])) {
    const next = importedMark(mine.get(id) ?? "none", theirs.get(id), mode);
    if (next !== undefined) changes.push([id, next]);
  }
  return changes;
}

/** Every topic with a mark in the records, by the id it is kept under. */
export function marksByTopic(records: MarkRecords): Map<string, Mark> {
  const out = new Map<string, Mark>();
  for (const id of [...Object.keys(records.done), ...Object.keys(records.inProgress)]) {
    out.set(id, markKindOf(records, id));
  }
  return out;
}

/** Counts as done for unlocking. */
export const countsAsDone = (mark: Mark | undefined): boolean =>
  mark === "done" || mark === "known";

/** Whatever the caller gave, as a list of plausible ids (a hostile value gives none). */
const idsIn = (value: unknown): string[] =>
  Array.isArray(value) ? idList(value.filter((id): id is string => typeof id === "string")) : [];

/**
 * My marks by current topic id (`aliases`: former id -> current id): a topic's own entry first,
 * else one kept under a former id, as the outline reads it; and the former ids holding marks.
 */
function myMarksByCurrentId(records: MarkRecords, aliases: Readonly<Record<string, string>>) {
  const raw = marksByTopic(records);
  const mine = new Map<string, Mark>();
  const formers = new Map<string, string[]>();
  for (const [id, mark] of raw) {
    const current = Object.hasOwn(aliases, id) ? (aliases[id] ?? id) : id;
    if (current === id) {
      mine.set(id, mark);
      continue;
    }
    formers.set(current, [...(formers.get(current) ?? []), id]);
    if (!raw.has(current) && !mine.has(current)) mine.set(current, mark);
  }
  return { mine, formers };
}

/**
 * Imports a share link's marks (current topic ids, as decoded) into the learner's progress
 * (`progress`: the store's state) as one undo step. A topic whose mark changes gets the time
 * now, and a mark it kept under a former id (`aliases`: the curriculum's) is cleared with it;
 * the others keep theirs. Returns the ids that became done (or known) and those that stopped.
 */
export function importShareLink(
  progress: MarkRecords & Pick<ProgressActions, "setMarks">,
  done: readonly string[],
  marks: SharedMarks,
  mode: ImportMode,
  aliases: Readonly<Record<string, string>> = {},
): ImportOutcome {
  const { mine, formers } = myMarksByCurrentId(progress, aliases);
  const theirs = linkMarks(idsIn(done), {
    known: idsIn(marks.known),
    inProgress: idsIn(marks.inProgress),
  });
  const changes = planLinkImport(mine, theirs, mode);
  const edits: [string, Mark][] = changes.flatMap(([id, next]) => [
    [id, next] as [string, Mark],
    ...(formers.get(id) ?? []).map((former): [string, Mark] => [former, "none"]),
  ]);
  const changed = new Set(progress.setMarks(edits));
  const applied = changes.filter(
    ([id]) => changed.has(id) || (formers.get(id) ?? []).some((former) => changed.has(former)),
  );
  return {
    added: applied
      .filter(([id, next]) => !countsAsDone(mine.get(id)) && countsAsDone(next))
      .map(([id]) => id),
    removed: applied
      .filter(([id, next]) => countsAsDone(mine.get(id)) && !countsAsDone(next))
      .map(([id]) => id),
  };
}
