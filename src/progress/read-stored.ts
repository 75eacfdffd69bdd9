/**
 * Reading what the progress store saved, outside the store: the `{ state, version }` envelope
 * zustand's `persist` writes, and the one function the boot script uses to look at stored
 * progress before the app's code has arrived.
 */
import type { StorageValue } from "zustand/middleware";
import { migrateProgress, type PersistedProgress } from "./progress-state";

/** Parses a stored `{ state, version }` envelope; null when it is not one. */
export function parseEnvelope(raw: string): StorageValue<unknown> | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  // Arrays have no `state` either.
  if (typeof parsed !== "object" || parsed === null || !("state" in parsed)) return null;
  const { version } = parsed as { readonly version?: unknown };
  return { state: parsed.state, version: Number.isInteger(version) ? (version as number) : 0 };
}

/**
 * The progress stored under `key`, restored and migrated exactly as the store would load it
 * (malformed entries dropped, defaults filled). Null when nothing usable is stored: no value,
 * storage out of reach, or a value that is not an envelope (the store would then start empty
 * and report the problem). Never throws.
 */
export function readStoredProgress(
  storage: Pick<Storage, "getItem"> | null,
  key: string,
): PersistedProgress | null {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(key) ?? null;
  } catch {
    return null; // storage is blocked
  }
  const envelope = raw === null ? null : parseEnvelope(raw);
  if (envelope === null) return null;
  return migrateProgress(envelope.state, envelope.version ?? 0).progress;
}
