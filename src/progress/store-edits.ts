/**
 * The progress store's edit actions (tick, untick, import, undo, goal and pace, the storage
 * message), part of the write side loaded after the first paint; the store's actions of the
 * same names call these.
 * Every change of the done set is one undo step holding what each touched id was before it.
 */
import { applyBefore, type Before, ProgressDraft } from "./progress-edits";
import { isValidHoursPerWeek } from "./progress-state";
import { isPlausibleId, isValidTime, type TimeMap } from "./records";
import type { StorageIssue } from "./safe-storage";
import {
  type ChangeKind,
  type EditContext,
  HISTORY_LIMIT,
  type HistoryEntry,
  type ImportMode,
  type ImportOutcome,
  pickPersisted,
} from "./store";

/** Applies a draft as one undo step; returns what the touched ids were before (may be empty). */
function commit(context: EditContext, kind: ChangeKind, draft: ProgressDraft): Before {
  const before = draft.changes();
  if (Object.keys(before).length === 0) return before;
  const entry: HistoryEntry = { kind, at: context.now(), before };
  context.set({
    ...draft.result(),
    history: [...context.get().history, entry].slice(-HISTORY_LIMIT),
  });
  return before;
}

function newDraft(context: EditContext): ProgressDraft {
  return new ProgressDraft(pickPersisted(context.get()), context.now());
}

/** The store's `tick`: ticks the ids not done yet at `at` (default now); the ids that changed. */
export function tick(context: EditContext, ids: string | readonly string[], at?: number): string[] {
  const draft = newDraft(context);
  const tickedAt = isValidTime(at) ? Math.round(at) : context.now();
  for (const id of idList(ids)) {
    if (draft.tickedAt(id) === undefined) draft.setDone(id, tickedAt);
  }
  return Object.keys(commit(context, "tick", draft));
}

/** The store's `untick`: unticks the ids that are done; the ids that changed. */
export function untick(context: EditContext, ids: string | readonly string[]): string[] {
  const draft = newDraft(context);
  for (const id of idList(ids)) draft.setNotDone(id);
  return Object.keys(commit(context, "untick", draft));
}

/** The store's `importProgress` (see its description in store.ts). */
export function importProgress(
  context: EditContext,
  done: TimeMap | readonly string[],
  mode: ImportMode,
): ImportOutcome {
  const incoming = incomingTimes(done);
  const draft = newDraft(context);
  const stamp = context.now();
  if (mode === "replace") {
    for (const id of Object.keys(context.get().done)) {
      if (!incoming.has(id)) draft.setNotDone(id);
    }
  }
  for (const [id, time] of incoming) {
    const mine = draft.tickedAt(id);
    if (mine === undefined) draft.setDone(id, time ?? stamp);
    else if (mode === "replace" && time !== undefined) draft.setDone(id, time);
  }
  const changed = Object.entries(commit(context, "import", draft));
  return {
    added: changed.filter(([, was]) => was === null).map(([id]) => id),
    removed: changed
      .filter(([id, was]) => was !== null && draft.tickedAt(id) === undefined)
      .map(([id]) => id),
  };
}

/** The store's `undo`: reverts the latest change made here; false when there is none. */
export function undo(context: EditContext): boolean {
  const { history } = context.get();
  const last = history.at(-1);
  if (last === undefined) return false;
  const draft = applyBefore(pickPersisted(context.get()), last.before, context.now());
  context.set({ ...draft.result(), history: history.slice(0, -1) });
  return true;
}

/** The store's `setGoal`: null is the curriculum's default; ignores ids that cannot be ids. */
export function setGoal(context: EditContext, goal: string | null): void {
  const { goal: current, settingsAt } = context.get();
  if ((goal !== null && !isPlausibleId(goal)) || goal === current) return;
  context.set({ goal, settingsAt: Math.max(context.now(), settingsAt + 1) });
}

/** The store's `setHoursPerWeek`: ignores values outside (0, 168]. */
export function setHoursPerWeek(context: EditContext, hours: number): void {
  const { hoursPerWeek, settingsAt } = context.get();
  if (!isValidHoursPerWeek(hours) || hours === hoursPerWeek) return;
  context.set({ hoursPerWeek: hours, settingsAt: Math.max(context.now(), settingsAt + 1) });
}

/** The store's `dismissStorageIssue`: hides the storage message until a new problem appears. */
export function dismissStorageIssue(context: EditContext): void {
  if (context.get().storageIssue !== null) context.set({ storageIssue: null });
}

/**
 * Tells the learner about a storage problem the writer found (the store's `onIssue`). A backup
 * key stays known until another replaces it, so the message can still name it.
 */
export function reportIssue(
  context: EditContext,
  issue: StorageIssue,
  backupKey: string | null,
): void {
  const state = context.get();
  const patch = { storageIssue: issue, backupKey: backupKey ?? state.backupKey };
  if (state.storageIssue === patch.storageIssue && state.backupKey === patch.backupKey) return;
  context.set(patch);
}

/** Valid entries of an import: id -> tick time, or undefined for ids given without a time. */
function incomingTimes(done: TimeMap | readonly string[]): Map<string, number | undefined> {
  const out = new Map<string, number | undefined>();
  if (Array.isArray(done)) {
    for (const id of done) if (isPlausibleId(id)) out.set(id, undefined);
    return out;
  }
  for (const [id, time] of Object.entries(done)) {
    if (isPlausibleId(id) && isValidTime(time)) out.set(id, Math.round(time));
  }
  return out;
}

/** Whatever the caller gave (one id or a list), as a de-duplicated list of plausible ids. */
function idList(ids: string | readonly string[]): string[] {
  const list = typeof ids === "string" ? [ids] : ids;
  return [...new Set(list.filter(isPlausibleId))];
}
