/**
 * Storage keys per deployed site. Two copies of the app on one origin (`/a/` and `/b/`) share
 * one localStorage, so the key includes the directory the app is served from.
 */

const PREFIX = "jiewang:";

/**
 * Progress key for the site served at `pathname` (pass `location.pathname`):
 * `/a/` and `/a/index.html` both give `jiewang:/a/`.
 */
export function storageKeyFor(pathname: string): string {
  // The directory: everything up to and including the last slash, led by a slash.
  const directory = pathname.slice(0, pathname.lastIndexOf("/") + 1);
  return `${PREFIX}${directory.startsWith("/") ? "" : "/"}${directory}`;
}

/** Preferences key for the same site: the progress key plus `:preferences`. */
export function preferencesKeyFor(pathname: string): string {
  return `${storageKeyFor(pathname)}:preferences`;
}
