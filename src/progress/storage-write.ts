/**
 * The writing half of the safe storage (see safe-storage.ts): it comes with the write side,
 * after the first paint. Never throws; problems go to the storage's `onIssue`, once per change
 * of condition.
 */
import type { StorageValue } from "zustand/middleware";
import { parseEnvelope, type StorageCore, type StorageIssue } from "./safe-storage";

/** Browsers name a full storage differently; all of these mean "no space left". */
function isQuotaError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const name = "name" in error ? error.name : undefined;
  const code = "code" in error ? error.code : undefined;
  return (
    name === "QuotaExceededError" ||
    name === "NS_ERROR_DOM_QUOTA_REACHED" ||
    code === 22 ||
    code === 1014
  );
}

/**
 * Writes `value` under `name`, first merging it with what is stored now (`mergeBeforeWrite`),
 * so a stale tab adds to what another tab saved instead of overwriting it. A stored value that
 * cannot be read is backed up first, and never overwritten if that fails. Issues found are
 * reported after the write finishes, so a listener that updates the store (and so writes again)
 * sees a settled storage.
 */
export function writeStored<S>(core: StorageCore<S>, name: string, value: StorageValue<S>): void {
  const { onIssue, mergeBeforeWrite } = core.options;
  const issues: [StorageIssue, string | null][] = [];
  const fail = (issue: StorageIssue) => {
    if (core.failing !== issue) issues.push([issue, null]);
    core.failing = issue;
  };
  const storage = core.open();
  try {
    if (storage === null) {
      fail("unavailable");
      return;
    }
    let raw: string | null;
    try {
      raw = storage.getItem(name);
    } catch {
      fail("unavailable");
      return;
    }
    if (raw !== null && core.untouchable.has(raw)) return;
    let next = value.state;
    if (raw !== null && mergeBeforeWrite) {
      const envelope = parseEnvelope(raw);
      if (envelope === null) {
        const key = core.backup(storage, name, raw);
        issues.push(["corrupt", key]);
        if (key === null) return;
      } else {
        next = mergeBeforeWrite(envelope, next);
      }
    }
    const text = JSON.stringify({ state: next, version: value.version });
    if (text === raw) {
      core.failing = null;
      return;
    }
    try {
      storage.setItem(name, text);
      core.failing = null;
    } catch (error) {
      fail(isQuotaError(error) ? "full" : "unavailable");
    }
  } finally {
    for (const [issue, key] of issues) onIssue(issue, key);
  }
}
