// The graph engine's public surface: pure functions over a compiled curriculum and a done set.
// See api.md for the contract the UI and the progress store code against.
export { resolveDone } from "./done-set";
export { createGraph, type Graph } from "./graph-index";
export { nextUp } from "./next-up";
export type { Plan, PlanOptions } from "./plan";
export { missingPrerequisites, planTo } from "./plan-to";
export {
  type ProgressFigures,
  progressFigures,
  type SectionFigures,
  type Tally,
} from "./progress-figures";
export { computeStates } from "./states";
export { type StatesUpdate, unlockedBy, updateStates } from "./states-update";
export type { StatusMap, TopicState, TopicStatus } from "./status-map";
export { type Unlocks, unlocksOf } from "./unlocks";
