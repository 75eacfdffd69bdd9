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
  footer: {
    privacy: "进度只保存在这个浏览器里，不会上传。",
    motto: "临渊羡鱼，不如退而结网。",
  },
};

/** The first page's part of the shell strings (the rest is in shell-later-zh.ts). */
export type FirstPageShellStrings = typeof shell;
