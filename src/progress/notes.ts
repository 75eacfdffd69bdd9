/**
 * Notes: per topic, plain text and when it last changed. An empty text is a tombstone (a
 * deleted note), kept with its time so a deletion in one tab wins over an older copy of the
 * note in another. Per topic the later write wins a merge; different topics merge.
 */
import { MAX_NOTE_LENGTH, type TopicNote } from "./export-format";
import { isPlausibleId, isPlausibleTime, sortedEntries } from "./records";

/** Topic id -> note; a note with empty text is a deleted note. */
export type NoteMap = Readonly<Record<string, TopicNote>>;

/** `text` cut to MAX_NOTE_LENGTH characters (code points), and whether anything was cut. */
export function cutNote(text: string): { readonly text: string; readonly cut: boolean } {
  // A string of at most MAX UTF-16 units has at most MAX code points: no need to count them.
  if (text.length <= MAX_NOTE_LENGTH) return { text, cut: false };
  const points = Array.from(text);
  if (points.length <= MAX_NOTE_LENGTH) return { text, cut: false };
  return { text: points.slice(0, MAX_NOTE_LENGTH).join(""), cut: true };
}

/** The note of `id`, "" when it has none. */
export function noteOf(notes: NoteMap, id: string): string {
  return Object.hasOwn(notes, id) ? (notes[id]?.text ?? "") : "";
}

/** Ids with a non-empty note. */
export function notedIds(notes: NoteMap): string[] {
  return Object.keys(notes).filter((id) => noteOf(notes, id) !== "");
}

/** The non-empty notes (what an export lists). */
export function liveNotes(notes: NoteMap): Record<string, TopicNote> {
  const out: Record<string, TopicNote> = {};
  for (const id of notedIds(notes)) out[id] = notes[id] as TopicNote;
  return out;
}

/** True when note `a` wins over `b`: the later write; on a tie, a total order on the text. */
export function noteBeats(a: TopicNote, b: TopicNote): boolean {
  if (a.at !== b.at) return a.at > b.at;
  if (a.text.length !== b.text.length) return a.text.length > b.text.length;
  return a.text > b.text;
}

/** Per topic the winning note of the two copies; sorted keys. */
export function mergeNotes(a: NoteMap, b: NoteMap): NoteMap {
  const out = new Map<string, TopicNote>(Object.entries(a));
  for (const [id, note] of Object.entries(b)) {
    const mine = out.get(id);
    if (mine === undefined || noteBeats(note, mine)) out.set(id, note);
  }
  return Object.fromEntries(sortedEntries(out));
}

/** True when both copies hold the same notes and times. */
export function sameNotes(a: NoteMap, b: NoteMap): boolean {
  const ids = Object.keys(a);
  if (ids.length !== Object.keys(b).length) return false;
  return ids.every((id) => {
    const x = a[id];
    const y = Object.hasOwn(b, id) ? b[id] : undefined;
    return x !== undefined && y !== undefined && x.text === y.text && x.at === y.at;
  });
}

/** Stored notes, checked: a bad id, time or text (or an over-long note) is dropped and counted. */
export function restoreNotes(
  value: unknown,
  now: number,
): { readonly notes: NoteMap; readonly dropped: number } {
  if (value === undefined) return { notes: {}, dropped: 0 };
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { notes: {}, dropped: 1 };
  }
  const notes: [string, TopicNote][] = [];
  let dropped = 0;
  for (const [id, note] of Object.entries(value)) {
    const text = typeof note === "object" && note !== null ? note.text : undefined;
    const at = typeof note === "object" && note !== null ? note.at : undefined;
    if (
      isPlausibleId(id) &&
      typeof text === "string" &&
      !cutNote(text).cut &&
      (at === 0 || isPlausibleTime(at, now))
    ) {
      notes.push([id, { text, at: Math.round(at as number) }]);
    } else dropped++;
  }
  return { notes: Object.fromEntries(sortedEntries(notes)), dropped };
}

/** The separator put before an imported note appended to the learner's own. */
export function importedNoteSeparator(now: number): string {
  return `\n\n— imported ${new Date(now).toISOString().slice(0, 10)} —\n`;
}

/**
 * The learner's note with an imported one appended under a dated separator; the learner's own
 * when the imported text is already part of it (the same file imported twice). Cut to the limit.
 */
export function appendImportedNote(mine: string, imported: string, now: number) {
  if (imported === "" || mine.includes(imported)) return { text: mine, cut: false };
  if (mine === "") return cutNote(imported);
  return cutNote(`${mine}${importedNoteSeparator(now)}${imported}`);
}
