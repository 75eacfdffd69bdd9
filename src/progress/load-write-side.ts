/**
 * The write side of progress (edit actions, storage writes) is a chunk of its own, loaded right
 * after the first paint: the first page only reads progress. This module is its loader, in the
 * first-load chunk. The app starts the load with the deferred UI (src/ui/components/deferred.ts)
 * and every path that changes progress waits for it; tests load it before they edit.
 */

import { loadOnce } from "./load-once";

export type WriteSide = typeof import("./write-side");

const writeSideChunk = loadOnce<WriteSide>(() => import("./write-side"));

/** Loads the write side once (again after a failure, e.g. offline). */
export const loadWriteSide: () => Promise<WriteSide> = writeSideChunk.load;

/** The write side if it is in memory, else undefined. */
export const writeSide: () => WriteSide | undefined = writeSideChunk.loaded;
