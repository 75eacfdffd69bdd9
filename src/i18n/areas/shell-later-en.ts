/** Shell strings the first page does not show, in English (same shape as shell-later-zh). */
import type { ShellLaterStrings } from "./shell-later-zh";

export const shellLater: ShellLaterStrings = {
  pageTitle: {
    outline: "Outline",
    graph: "Graph",
    plan: "Plan",
    share: "Shared progress",
    notFound: "Not found",
  },
  notFound: {
    heading: "Page not found",
    unknownTopic: (id: string) =>
      `There is no topic with the id “${id}”. It may have been renamed or removed.`,
    unknownPath: "This address does not match any page.",
    back: "Back to the outline",
  },
};
