// The graph engine's public surface: pure functions over a compiled curriculum and the set of
// topics done or known. See api.md for the contract the UI and the progress store code against.
export { resolveDone } from "./done-set";
export { createGraph, type Graph } from "./graph-index";
export {
  type NextUpGroups,
  type NextUpLimits,
  nextUp,
  nextUpGroups,
  SUGGESTED_GOALS,
  suggestGoals,
} from "./next-up";
export { missingPrerequisites, type Plan, type PlanOptions, planTo } from "./plan";
export {
  type ProgressFigures,
  progressFigures,
  type SectionFigures,
  type Tally,
} from "./progress-figures";
export {
  type CountedReview,
  dueReviews,
  IMPLICIT_WINDOW_DAYS,
  REVIEW_INTERVALS_DAYS,
  type ReviewEvent,
  type ReviewInput,
  type ReviewResult,
  type ReviewSchedule,
  refreshedBy,
  reviewSchedules,
  scheduleReview,
  upcomingReviews,
} from "./review";
export { computeStates, unlockedBy, updateStates } from "./states";
export type { StatusMap, TopicState, TopicStatus } from "./status-map";
export { type Unlocks, unlocksOf } from "./unlocks";
