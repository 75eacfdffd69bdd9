import { formatHours } from "../format";

/** UI strings of the graph view (#/graph); also used when it shows shared progress. */
export const zh = {
  intro: "每个主题是一个方框，箭头从前置主题指向依赖它的主题。",
  textAlternative: "更习惯列表？同样的主题也在",
  textAlternativeLink: "学习大纲",
  textAlternativeEnd: "里。",
  canvas: "前置关系图",
  keyboardHelp:
    "按 Tab 依学习顺序逐个经过主题，Enter 打开主题，空格键标为完成或取消。方向键移动视图，+ 和 − 缩放，0 显示全图。也可以拖动、滚动或双指缩放。",
  readOnlyHelp:
    "按 Tab 依学习顺序逐个经过主题，Enter 打开主题。方向键移动视图，+ 和 − 缩放，0 显示全图。",
  zoomIn: "放大",
  zoomOut: "缩小",
  fit: "显示全图",
  zoomLevel: (percent: number) => `缩放 ${percent}%`,
  findTopic: "定位到主题",
  show: "定位",
  whereAmI: "回到当前进度",
  loading: "正在加载知识图…",
  loadError: "知识图没能加载出来。",
  retry: "重试",
  empty: "这份课程还没有主题。",
  summary: (done: number, total: number, available: number) =>
    `已完成 ${done} / ${total} 个主题，现在可以学 ${available} 个。`,
  goalAway: (title: string, count: number, hours: number) =>
    `离目标“${title}”还有 ${count} 个主题（约 ${formatHours(hours)} 小时），已在图中标出顺序。`,
  goalDone: (title: string) => `目标“${title}”已经完成。`,
  nodeDetails: (parts: readonly string[]) => `— ${parts.join("，")}`,
  planStep: (step: number, total: number) => `计划第 ${step} / ${total} 步`,
  goal: "目标",
  oneOf: (count: number) => `${count} 选 1`,
  legend: {
    heading: "图例",
    plan: "去目标的学习计划（编号为顺序）",
    goal: "目标主题",
    requires: "前置：箭头从前置主题指向后续主题",
    oneOf: "任选其一：连到同一个“N 选 1”标记的主题，学完其中一个即可",
    recommends: "推荐同学（虚线）：不会锁住任何主题",
    tick: "方框左上角的圆形标记可以勾选完成",
  },
};

export const en: typeof zh = {
  intro: "Each topic is a box; arrows run from a prerequisite to the topics that build on it.",
  textAlternative: "Prefer a list? The same topics are in the ",
  textAlternativeLink: "outline",
  textAlternativeEnd: ".",
  canvas: "Prerequisite graph",
  keyboardHelp:
    "Tab moves through the topics in learning order; Enter opens a topic, Space marks it done or not done. Arrow keys move the view, + and − zoom, 0 fits the whole graph. You can also drag, scroll or pinch.",
  readOnlyHelp:
    "Tab moves through the topics in learning order; Enter opens a topic. Arrow keys move the view, + and − zoom, 0 fits the whole graph.",
  zoomIn: "Zoom in",
  zoomOut: "Zoom out",
  fit: "Fit to screen",
  zoomLevel: (percent: number) => `Zoom ${percent}%`,
  findTopic: "Go to topic",
  show: "Show",
  whereAmI: "Show where I am",
  loading: "Loading the graph…",
  loadError: "The graph could not be loaded.",
  retry: "Try again",
  empty: "This curriculum has no topics yet.",
  summary: (done: number, total: number, available: number) =>
    `${done} of ${total} topics done; ${available} available now.`,
  goalAway: (title: string, count: number, hours: number) =>
    `The goal, “${title}”, is ${count} topic${count === 1 ? "" : "s"} (about ${formatHours(hours)} h) away; the steps are numbered on the graph.`,
  goalDone: (title: string) => `The goal, “${title}”, is done.`,
  nodeDetails: (parts: readonly string[]) => `— ${parts.join(", ")}`,
  planStep: (step: number, total: number) => `plan step ${step} of ${total}`,
  goal: "goal",
  oneOf: (count: number) => `1 of ${count}`,
  legend: {
    heading: "Legend",
    plan: "On the plan to your goal (numbered in order)",
    goal: "Your goal",
    requires: "Requires: the arrow runs from the prerequisite to the topic",
    oneOf: "One of: topics joined at a “1 of N” mark; any one of them is enough",
    recommends: "Recommended alongside (dashed): never locks anything",
    tick: "The round mark on a box’s top-left corner ticks it",
  },
};
