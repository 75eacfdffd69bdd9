/** First-page UI strings of the app shell (header, navigation, badges, footer) in Chinese. */
import { formatHours } from "../format";

export const shell = {
  skipToContent: "跳到正文",
  nav: {
    label: "主导航",
    outline: "大纲",
    graph: "知识图",
    plan: "学习计划",
  },
  pageTitle: {
    outline: "大纲",
    graph: "知识图",
    plan: "学习计划",
    share: "分享的进度",
    notFound: "找不到页面",
  },
  language: "语言",
  theme: {
    label: "主题",
    system: "跟随系统",
    light: "浅色",
    dark: "深色",
  },
  state: {
    done: "已完成",
    available: "可以学",
    locked: "未解锁",
    doneWithUnmet: "已完成（前置未完成）",
  },
  source: {
    article: "原文",
    extension: "扩展",
    elective: "选修",
  },
  hours: (h: number) => `${formatHours(h)} 小时`,
  progressValue: (done: number, total: number) => `${done} / ${total}`,
  loadError: {
    message: "这部分页面没能加载出来。请检查网络后重试。",
    retry: "重试",
  },
  notFound: {
    heading: "找不到这个页面",
    unknownTopic: (id: string) => `没有编号为“${id}”的主题。它可能已被改名或删除。`,
    unknownPath: "这个地址不对应任何页面。",
    back: "回到大纲",
  },
  footer: {
    privacy: "进度只保存在这个浏览器里，不会上传。",
    motto: "临渊羡鱼，不如退而结网。",
  },
};

export type ShellStrings = typeof shell;
