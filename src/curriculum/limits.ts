/**
 * The limits a curriculum must keep, so that no file can exhaust the validator, the build or a
 * learner's browser. Each is checked by the validator with a message naming the file and line,
 * and listed in curriculum/README.md.
 */

/** Largest curriculum.yaml, slots.json or topic file read. */
export const MAX_FILE_BYTES = 512 * 1024;

/** Longest title (of the curriculum, a section, a topic or a resource), in characters. */
export const MAX_TITLE_CHARS = 200;

/** Longest topic summary, in characters (it is one sentence). */
export const MAX_SUMMARY_CHARS = 500;

/** Largest `intro` of curriculum.yaml (Markdown, per language), in bytes of UTF-8. */
export const MAX_INTRO_BYTES = 512 * 1024;

/** Deepest nesting of Markdown blocks (quotes and lists inside each other) in a body. */
export const MAX_BLOCK_DEPTH = 100;

/** Largest `hours` of one topic. */
export const MAX_HOURS = 1000;

/**
 * Slots run from 0 to this number minus one. Share codes hold one bit per slot, so this bounds
 * a share link's length and the work of decoding one.
 */
export const SLOT_LIMIT = 4096;

/** Largest image a body may show. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
