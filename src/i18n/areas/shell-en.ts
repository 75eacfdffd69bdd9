/** First-page UI strings of the app shell in English (same shape as shell-zh). */
import { formatHours } from "../format";
import type { FirstPageShellStrings } from "./shell-zh";

export const shell: FirstPageShellStrings = {
  skipToContent: "Skip to content",
  nav: {
    label: "Main",
    outline: "Outline",
    graph: "Graph",
    plan: "Plan",
  },
  language: "Language",
  theme: {
    label: "Theme",
    system: "System",
    light: "Light",
    dark: "Dark",
  },
  state: {
    done: "Done",
    available: "Available",
    locked: "Locked",
    doneWithUnmet: "Done (a prerequisite is not)",
  },
  source: {
    article: "Article",
    extension: "Extension",
    elective: "Elective",
  },
  hours: (h: number) => `${formatHours(h)} h`,
  progressValue: (done: number, total: number) => `${done} of ${total}`,
  loadError: {
    message: "This part of the page could not be loaded. Check your connection and try again.",
    retry: "Try again",
  },
  footer: {
    privacy: "Progress is stored in this browser only; nothing is uploaded.",
    motto: "Rather than envy the fish from the shore, go home and weave a net.",
  },
};
