/**
 * Comparing two done sets, for the shared-link view ("done by both / only by them / only by
 * you") and for the confirmation before an import ("what would change", marks included for a
 * share link).
 */
import { type Graph, resolveDone } from "../graph";
import type { Mark, MarkRecords } from "./marks";
import { countsAsDone, linkMarks, planLinkImport, type SharedMarks } from "./share-import";
import type { ImportMode } from "./store-types";

export interface ProgressComparison {
  readonly both: readonly string[];
  readonly onlyTheirs: readonly string[];
  readonly onlyMine: readonly string[];
}

/**
 * Splits two done sets into done by both, only by them, only by me. Ids are resolved to current
 * topic ids (aliases mapped, removed topics dropped); each list is in curriculum order.
 */
export function compareProgress(
  graph: Graph,
  mine: Iterable<string>,
  theirs: Iterable<string>,
): ProgressComparison {
  const mineSet = resolveDone(graph, mine);
  const theirSet = resolveDone(graph, theirs);
  const both: string[] = [];
  const onlyTheirs: string[] = [];
  const onlyMine: string[] = [];
  for (const topic of graph.curriculum.topics) {
    const inMine = mineSet.has(topic.id);
    const inTheirs = theirSet.has(topic.id);
    if (inMine && inTheirs) both.push(topic.id);
    else if (inTheirs) onlyTheirs.push(topic.id);
    else if (inMine) onlyMine.push(topic.id);
  }
  return { both, onlyTheirs, onlyMine };
}

/** What an import would change: ids that would become done, ids that would stop being done. */
export interface ImportPreview {
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

function idsOf(done: Readonly<Record<string, number>> | readonly string[]): string[] {
  return Array.isArray(done) ? [...done] : Object.keys(done);
}

/**
 * Previews `importProgress(incoming, mode)` against my done record. `merge` only adds;
 * `replace` also removes what the import lacks. Without `graph` the lists hold ids exactly as
 * the store would change them; with it, current topic ids in curriculum order (what a learner
 * wants to read), so an alias and its new id count as the same topic and removed topics are
 * left out.
 */
export function previewImport(
  mine: Readonly<Record<string, number>> | readonly string[],
  incoming: Readonly<Record<string, number>> | readonly string[],
  mode: ImportMode,
  graph?: Graph,
): ImportPreview {
  const mineIds = graph ? [...resolveDone(graph, idsOf(mine))] : idsOf(mine);
  const incomingIds = graph ? [...resolveDone(graph, idsOf(incoming))] : idsOf(incoming);
  const mineSet = new Set(mineIds);
  const incomingSet = new Set(incomingIds);
  return {
    added: [...incomingSet].filter((id) => !mineSet.has(id)),
    removed: mode === "replace" ? [...mineSet].filter((id) => !incomingSet.has(id)) : [],
  };
}

/** What a share-link import would change, with marks: `remarked` holds the other mark changes. */
export interface LinkImportPreview extends ImportPreview {
  /** Topics whose mark would change without becoming or ceasing to be done (e.g. in progress). */
  readonly remarked: readonly string[];
}

/** My marks by current topic id: former ids mapped, removed topics dropped. */
type MyMarks = Pick<MarkRecords, "done" | "known" | "inProgress">;

function myMarksIn(graph: Graph, mine: MyMarks): Map<string, Mark> {
  const known = resolveDone(graph, Object.keys(mine.known));
  const out = new Map<string, Mark>();
  for (const id of resolveDone(graph, Object.keys(mine.done))) {
    out.set(id, known.has(id) ? "known" : "done");
  }
  for (const id of resolveDone(graph, Object.keys(mine.inProgress))) {
    if (!out.has(id)) out.set(id, "in-progress");
  }
  return out;
}

/**
 * Previews `importProgress(done, mode, marks)` of a share link against my marks, by current
 * topic id in curriculum order (the rules are share-import.ts's).
 */
export function previewLinkImport(
  graph: Graph,
  mine: MyMarks,
  done: readonly string[],
  marks: SharedMarks,
  mode: ImportMode,
): LinkImportPreview {
  const current = myMarksIn(graph, mine);
  const changes = new Map(planLinkImport(current, linkMarks(done, marks), mode));
  const added: string[] = [];
  const removed: string[] = [];
  const remarked: string[] = [];
  for (const topic of graph.curriculum.topics) {
    const next = changes.get(topic.id);
    if (next === undefined) continue;
    const was = countsAsDone(current.get(topic.id));
    if (!was && countsAsDone(next)) added.push(topic.id);
    else if (was && !countsAsDone(next)) removed.push(topic.id);
    else remarked.push(topic.id);
  }
  return { added, removed, remarked };
}
