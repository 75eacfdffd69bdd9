import type { CheckedCurriculum } from "./check.ts";

/** The figures of the validator's one-line summary. */
export interface CurriculumSummary {
  readonly topics: number;
  /** Requirement edges (each member of each group) plus recommends edges. */
  readonly edges: number;
  readonly sections: number;
  readonly hours: number;
}

/** Counts a checked curriculum (no need to compile it first). */
export function summarize(checked: CheckedCurriculum): CurriculumSummary {
  let edges = 0;
  let hours = 0;
  for (const topic of checked.topics) {
    for (const group of topic.requires) edges += group.members.length;
    edges += topic.recommends.length;
    hours += topic.hours;
  }
  return { topics: checked.topics.length, edges, sections: checked.sections.length, hours };
}
