// The graph engine's public surface: pure functions over a compiled curriculum and a done set.
// See api.md for the contract the UI and the progress store code against.
export { resolveDone } from "./done-set";
export { createGraph, type Graph } from "./graph-index";
export { nextUp } from "./next-up";
export { missingPrerequisites, type Plan, type PlanOptions, planTo } from "./plan";
export {
  type ProgressFigures,
  progressFigures,
  type SectionFigures,
  type Tally,
} from "./progress-figures";
export { computeStates, type StatesUpdate, unlockedBy, updateStates } from "./states";
export type { StatusMap, TopicState, TopicStatus } from "./status-map";
export { type Unlocks, unlocksOf } from "./unlocks";
