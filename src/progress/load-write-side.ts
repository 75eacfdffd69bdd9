/**
 * The write side of progress (edit actions, storage writes) is a chunk of its own, loaded right
 * after the first paint: the first page only reads progress. This module is its loader, in the
 * first-load chunk. The app starts the load with the deferred UI (src/ui/components/deferred.ts)
 * and every path that changes progress waits for it; tests load it before they edit.
 */

export type WriteSide = typeof import("./write-side");

let loaded: WriteSide | undefined;
let loading: Promise<WriteSide> | undefined;

/** Loads the write side once (again after a failure, e.g. offline). */
export function loadWriteSide(): Promise<WriteSide> {
  loading ??= import("./write-side").then(
    (side) => {
      loaded = side;
      return side;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The write side if it is in memory, else undefined. */
export function writeSide(): WriteSide | undefined {
  return loaded;
}
