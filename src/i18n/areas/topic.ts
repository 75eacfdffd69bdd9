import type { ResourceKind } from "../../curriculum/types";
import { formatHours } from "../format";

/** UI strings of the topic page (#/topic/<id>) and the Markdown renderer. */
export const zh = {
  hours: (h: number) => `预计 ${formatHours(h)} 小时`,
  noHours: "没有给出预计学时",
  markDone: (title: string) => `我学完了：${title}`,
  markDoneVisible: "我学完了",
  bodyLabel: "正文",
  loading: "正在加载正文……",
  loadError: "正文没能加载出来，可能是网络断了。",
  retry: "重试",
  noBody: "这个主题还没有正文。",
  notTranslated: (reading: string, shown: string) =>
    `这个主题还没有${reading}版本，下面显示的是${shown}原文。`,
  requires: {
    heading: "前置主题",
    none: "没有前置主题，随时可以开始。",
    oneOf: "以下任选其一：",
    met: "已满足",
    unmet: "未满足",
  },
  unlocks: {
    heading: "学完后解锁",
    none: "没有别的主题以它为前置。",
    total: (count: number) => `顺着它一共通向 ${count} 个主题。`,
  },
  alongside: {
    heading: "建议同时学",
    intro: "不是前置，但放在一起学更容易融会贯通：",
  },
  resources: {
    heading: "学习资料",
    none: "这个主题没有列出资料。",
    free: "免费",
    paid: "付费",
    newTab: "（在新标签页打开）",
    kind: {
      book: "书",
      chapter: "章节",
      paper: "论文",
      article: "文章",
      video: "视频",
      course: "课程",
      code: "代码",
      exercise: "练习",
    } satisfies Record<ResourceKind, string>,
  },
  neighbours: {
    label: "上一个和下一个主题",
    alongPlan: (goal: string, step: number, total: number) =>
      `按你通往“${goal}”的学习计划（第 ${step} / ${total} 步）`,
    inOrder: "这个主题不在你的学习计划上，所以按大纲顺序：",
    previous: "上一个：",
    next: "下一个：",
  },
  task: {
    done: "已完成：",
    todo: "未完成：",
  },
  externalLink: "（外部链接，在新标签页打开）",
};

export const en: typeof zh = {
  hours: (h: number) => `About ${formatHours(h)} ${h === 1 ? "hour" : "hours"}`,
  noHours: "No time estimate given",
  markDone: (title: string) => `I have learnt this: ${title}`,
  markDoneVisible: "I have learnt this",
  bodyLabel: "Text",
  loading: "Loading the text…",
  loadError: "The text could not be loaded; the connection may have dropped.",
  retry: "Try again",
  noBody: "No text has been written for this topic yet.",
  notTranslated: (reading: string, shown: string) =>
    `This topic has not been translated into ${reading} yet; it is shown in ${shown}.`,
  requires: {
    heading: "Requires",
    none: "No prerequisites: you can start here any time.",
    oneOf: "Any one of:",
    met: "Met",
    unmet: "Not met yet",
  },
  unlocks: {
    heading: "Unlocks",
    none: "No other topic builds on this one.",
    total: (count: number) => `Following on from it leads to ${count} topics in all.`,
  },
  alongside: {
    heading: "Study alongside",
    intro: "Not required, but these make more sense learnt together:",
  },
  resources: {
    heading: "Resources",
    none: "No resources are listed for this topic.",
    free: "free",
    paid: "paid",
    newTab: " (opens in a new tab)",
    kind: {
      book: "Book",
      chapter: "Chapter",
      paper: "Paper",
      article: "Article",
      video: "Video",
      course: "Course",
      code: "Code",
      exercise: "Exercise",
    },
  },
  neighbours: {
    label: "Previous and next topic",
    alongPlan: (goal: string, step: number, total: number) =>
      `Along your plan to “${goal}” (step ${step} of ${total})`,
    inOrder: "This topic is not on your plan, so here is the outline order:",
    previous: "Previous: ",
    next: "Next: ",
  },
  task: {
    done: "Done: ",
    todo: "To do: ",
  },
  externalLink: " (external link, opens in a new tab)",
};
