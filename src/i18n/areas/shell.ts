/** UI strings of the app shell: header, navigation, notices, shared components. */
import { formatHours } from "../format";

export const zh = {
  appName: "结网",
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
  fallbackTag: (language: string) => language,
  progressValue: (done: number, total: number) => `${done} / ${total}`,
  toast: {
    undo: "撤销",
    dismiss: "关闭通知",
    region: "通知",
  },
  dialog: {
    close: "关闭",
  },
  loadError: {
    message: "这部分页面没能加载出来。请检查网络后重试。",
    retry: "重试",
  },
  storage: {
    label: "进度保存",
    unavailable: "浏览器存储不可用：进度只保存在当前页面，关闭后会丢失。",
    full: "浏览器存储已满：新的进度只保存在当前页面，关闭后会丢失。",
    corrupt: "保存的进度无法读取，已从空白开始；原始数据另存在一个备份键下，没有丢失。",
    corruptNoBackup: "保存的进度无法读取，已从空白开始；原始数据没能另存备份，但也不会被覆盖。",
    dismiss: "知道了",
  },
  update: {
    label: "新版本",
    message: "有新版本可用。",
    reload: "重新加载",
    later: "稍后",
    offlineReady: "已缓存全部页面，断网时也能打开。",
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

export const en: typeof zh = {
  appName: "Jiewang",
  skipToContent: "Skip to content",
  nav: {
    label: "Main",
    outline: "Outline",
    graph: "Graph",
    plan: "Plan",
  },
  pageTitle: {
    outline: "Outline",
    graph: "Graph",
    plan: "Plan",
    share: "Shared progress",
    notFound: "Not found",
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
  fallbackTag: (language: string) => language,
  progressValue: (done: number, total: number) => `${done} of ${total}`,
  toast: {
    undo: "Undo",
    dismiss: "Dismiss notification",
    region: "Notifications",
  },
  dialog: {
    close: "Close",
  },
  loadError: {
    message: "This part of the page could not be loaded. Check your connection and try again.",
    retry: "Try again",
  },
  storage: {
    label: "Saving progress",
    unavailable:
      "Browser storage is unavailable: progress is kept on this page only and is lost when you close it.",
    full: "Browser storage is full: new progress is kept on this page only and is lost when you close it.",
    corrupt:
      "Saved progress could not be read, so the app started empty. The original data was kept under a backup key; nothing was lost.",
    corruptNoBackup:
      "Saved progress could not be read, so the app started empty. No backup copy could be made, so the original data is left untouched.",
    dismiss: "Got it",
  },
  update: {
    label: "New version",
    message: "A new version of this site is available.",
    reload: "Reload",
    later: "Later",
    offlineReady: "Every page is now cached: the site also works offline.",
  },
  notFound: {
    heading: "Page not found",
    unknownTopic: (id: string) =>
      `There is no topic with the id “${id}”. It may have been renamed or removed.`,
    unknownPath: "This address does not match any page.",
    back: "Back to the outline",
  },
  footer: {
    privacy: "Progress is stored in this browser only; nothing is uploaded.",
    motto: "Rather than envy the fish from the shore, go home and weave a net.",
  },
};
