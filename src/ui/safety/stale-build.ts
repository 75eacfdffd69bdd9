/**
 * Telling "a file of this build is gone" apart from "the connection failed". After a redeploy,
 * a page opened before it (and not yet kept by the service worker) still asks for the old
 * build's hashed files, which the server no longer has: trying again can never work, only a
 * reload (which fetches the new index.html and the new names) can.
 */
import { useEffect, useState } from "react";

const GONE_STATUSES = new Set([404, 410]);

/** True when `error` says a request was answered "not found" or "gone" (the data loaders' errors). */
export function isGoneError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const status = (error as { status?: unknown }).status;
  if (typeof status === "number") return GONE_STATUSES.has(status);
  const message = (error as { message?: unknown }).message;
  return typeof message === "string" && /\bHTTP (404|410)\b/.test(message);
}

/**
 * The address of the script or style a failed dynamic import names, when the browser's message
 * names one on this site ("Failed to fetch dynamically imported module: <url>", Vite's "Unable
 * to preload CSS for <url>"); otherwise undefined.
 */
export function failedModuleUrl(error: unknown, base: string): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const match = /(?:dynamically imported module|preload CSS for):?\s+(\S+)/i.exec(error.message);
  if (!match?.[1]) return undefined;
  try {
    const url = new URL(match[1], base);
    return url.origin === new URL(base).origin ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Asks the server whether `url` is still there; false when it cannot be asked (offline). */
async function isGone(url: string, fetcher: typeof fetch): Promise<boolean> {
  try {
    const response = await fetcher(url, { method: "HEAD", cache: "no-store" });
    return GONE_STATUSES.has(response.status);
  } catch {
    return false;
  }
}

/**
 * Whether `error` comes from a file of this build that the server no longer has: said by the
 * error itself, or found by asking the server about the module a failed import names.
 */
export async function isStaleBuildError(
  error: unknown,
  base: string,
  fetcher: typeof fetch,
): Promise<boolean> {
  if (isGoneError(error)) return true;
  const url = failedModuleUrl(error, base);
  return url !== undefined && isGone(url, fetcher);
}

/**
 * `isStaleBuildError` for a render: known at once for an error that says so, after one request
 * for a failed import (false meanwhile, so the usual message shows until the answer comes).
 */
export function useStaleBuild(error: unknown): boolean {
  const [stale, setStale] = useState(() => isGoneError(error));
  useEffect(() => {
    if (error === undefined || isGoneError(error)) {
      setStale(error !== undefined);
      return;
    }
    let current = true;
    setStale(false);
    isStaleBuildError(error, window.location.href, (...args) => fetch(...args)).then(
      (gone) => {
        if (current) setStale(gone);
      },
      () => {},
    );
    return () => {
      current = false;
    };
  }, [error]);
  return stale;
}
