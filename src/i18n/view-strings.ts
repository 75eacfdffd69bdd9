/**
 * Strings of the views loaded on demand (topic, plan, graph, share). They travel in their own
 * chunk with those views, so the first page load carries only the shell's and outline's strings.
 */
import * as graph from "./areas/graph";
import * as plan from "./areas/plan";
import * as share from "./areas/share";
import * as topic from "./areas/topic";

export const strings = {
  zh: { topic: topic.zh, plan: plan.zh, graph: graph.zh, share: share.zh },
  en: { topic: topic.en, plan: plan.en, graph: graph.en, share: share.en },
};
