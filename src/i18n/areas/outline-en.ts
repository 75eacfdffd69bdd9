/** UI strings of the outline page (#/) in English (same shape as outline-zh). */
import { formatHours } from "../format";
import type { OutlineStrings } from "./outline-zh";

export const outline: OutlineStrings = {
  heading: "Outline",
  intro: "Tick the topics you have learnt; a topic unlocks once its prerequisites are done.",
  requiredProgress: "Required topics",
  electiveProgress: "Electives",
  hoursDone: (done: number, total: number) =>
    `Required study time: ${formatHours(done)} of ${formatHours(total)} hours done`,
  summaryHeading: "Progress",
  sectionProgress: (section: string) => `${section}: required topics`,
  sectionElectives: (section: string) => `${section}: electives`,
  filter: {
    legend: "Show",
    all: "All",
    available: "Available",
    done: "Done",
    locked: "Locked",
    electives: "Electives",
  },
  search: "Search topics",
  searchPlaceholder: "Search titles in any language",
  shown: (n: number, total: number) => `Showing ${n} of ${total} topics`,
  noMatch: "No topics match.",
  nextUp: {
    heading: "Next up",
    empty: "Nothing is available right now.",
    allDone: "Everything is done!",
    goal: "Goal:",
  },
};
