import { doneFlags } from "./done-set";
import { type Graph, indexOf } from "./graph-index";
import { byteAt, floatAt, intAt } from "./invariant";

export interface Tally {
  readonly done: number;
  readonly total: number;
}

export interface SectionFigures {
  readonly id: string;
  readonly required: Tally;
  readonly optional: Tally;
}

export interface ProgressFigures {
  readonly required: Tally;
  readonly optional: Tally;
  /** Over required (non-optional) topics. */
  readonly hours: { readonly done: number; readonly total: number; readonly remaining: number };
  /** One entry per section of the curriculum, in its order (sections without topics included). */
  readonly sections: readonly SectionFigures[];
}

/**
 * Required and optional topics done, overall and per section, and required hours done and
 * remaining. `done` may hold aliases (counted for the renamed topic) and unknown ids (ignored).
 * O(topics + |done|).
 */
export function progressFigures(graph: Graph, done: Iterable<string>): ProgressFigures {
  const index = indexOf(graph);
  const flags = doneFlags(index, done);
  const tally = () => ({ done: 0, total: 0 });
  const required = tally();
  const optional = tally();
  const sections = (index.curriculum.sections ?? []).map((s) => ({
    id: s.id,
    required: tally(),
    optional: tally(),
  }));
  let hoursDone = 0;
  let hoursTotal = 0;
  for (let t = 0; t < index.size; t++) {
    const isDone = byteAt(flags, t);
    const isOptional = index.optional[t] === 1;
    const overall = isOptional ? optional : required;
    overall.done += isDone;
    overall.total++;
    // A topic of an unknown section (never in valid data) ranks past the last section.
    const section = sections[intAt(index.sectionRank, t)];
    if (section) {
      const perSection = isOptional ? section.optional : section.required;
      perSection.done += isDone;
      perSection.total++;
    }
    if (!isOptional) {
      const hours = floatAt(index.hours, t);
      hoursTotal += hours;
      if (isDone) hoursDone += hours;
    }
  }
  return {
    required,
    optional,
    hours: { done: hoursDone, total: hoursTotal, remaining: hoursTotal - hoursDone },
    sections,
  };
}
