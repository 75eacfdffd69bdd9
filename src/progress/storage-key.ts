/**
 * Storage keys per deployed site. Two copies of the app on one origin (`/a/` and `/b/`) share
 * one localStorage, so the key includes the directory the app is served from.
 */

const PREFIX = "jiewang:";

/** The directory part of a URL path: everything up to and including its last slash. */
function directoryOf(pathname: string): string {
  const path = pathname.startsWith("/") ? pathname : `/${pathname}`;
  return path.slice(0, path.lastIndexOf("/") + 1);
}

/**
 * Progress key for the site served at `pathname` (pass `location.pathname`):
 * `/a/` and `/a/index.html` both give `jiewang:/a/`.
 */
export function storageKeyFor(pathname: string): string {
  return `${PREFIX}${directoryOf(typeof pathname === "string" ? pathname : "/")}`;
}

/** Preferences key for the same site: the progress key plus `:preferences`. */
export function preferencesKeyFor(pathname: string): string {
  return `${storageKeyFor(pathname)}:preferences`;
}
