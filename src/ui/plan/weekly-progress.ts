/**
 * Progress over time, from the tick times the progress store keeps (`done: id -> tickedAtMs`):
 * topics and hours finished per calendar week (weeks start on Monday, local time).
 */
import type { Graph } from "../../graph";
import { UNKNOWN_TICK_TIME } from "../../progress/progress-state";

export interface Tick {
  /** Epoch milliseconds. */
  readonly at: number;
  readonly hours: number;
}

export interface WeekTally {
  /** Monday 00:00 local time, epoch milliseconds. */
  readonly start: number;
  readonly topics: number;
  readonly hours: number;
}

/** Monday 00:00 (local time) of the week containing `ms`. */
export function startOfWeek(ms: number): number {
  const date = new Date(ms);
  const daysSinceMonday = (date.getDay() + 6) % 7;
  date.setHours(0, 0, 0, 0);
  date.setDate(date.getDate() - daysSinceMonday);
  return date.getTime();
}

/** The start of the week `offset` weeks after the week starting at `weekStart` (may be negative). */
function shiftWeeks(weekStart: number, offset: number): number {
  const date = new Date(weekStart);
  // Calendar arithmetic, so a daylight-saving change does not move Monday midnight.
  date.setDate(date.getDate() + offset * 7);
  return date.getTime();
}

/**
 * The last `weeks` calendar weeks up to and including the one containing `now`, oldest first,
 * each with the topics ticked in it and their hours. Ticks outside that span are left out.
 */
export function weeklyProgress(ticks: Iterable<Tick>, now: number, weeks: number): WeekTally[] {
  const thisWeek = startOfWeek(now);
  const starts = Array.from({ length: Math.max(0, weeks) }, (_, i) =>
    shiftWeeks(thisWeek, i - weeks + 1),
  );
  const topics = starts.map(() => 0);
  const hours = starts.map(() => 0);
  const first = starts[0];
  const end = shiftWeeks(thisWeek, 1);
  if (first !== undefined) {
    for (const tick of ticks) {
      if (tick.at < first || tick.at >= end) continue;
      // Last week whose start is not after the tick.
      let index = starts.length - 1;
      while (index > 0 && (starts[index] ?? 0) > tick.at) index--;
      topics[index] = (topics[index] ?? 0) + 1;
      hours[index] = (hours[index] ?? 0) + tick.hours;
    }
  }
  return starts.map((start, i) => ({ start, topics: topics[i] ?? 0, hours: hours[i] ?? 0 }));
}

/**
 * The learner's ticks with known times, one per current topic: former ids count for the
 * renamed topic (the earliest time wins), removed topics and unknown times are left out.
 */
export function ticksOf(graph: Graph, done: Readonly<Record<string, number>>): Tick[] {
  const earliest = new Map<string, number>();
  for (const [stored, at] of Object.entries(done)) {
    if (at <= UNKNOWN_TICK_TIME) continue;
    const id = graph.canonicalId(stored);
    if (id === undefined) continue;
    const seen = earliest.get(id);
    if (seen === undefined || at < seen) earliest.set(id, at);
  }
  return [...earliest].map(([id, at]) => ({ at, hours: graph.topic(id)?.hours ?? 0 }));
}
