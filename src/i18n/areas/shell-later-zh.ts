/**
 * Shell strings the first page does not show, in Chinese: page titles (set after the first
 * paint) and the not-found page (a view loaded on demand). They travel with the feedback
 * strings, so the first-page chunk stays small (see strings.ts).
 */
export const shellLater = {
  pageTitle: {
    outline: "大纲",
    graph: "知识图",
    plan: "学习计划",
    share: "分享的进度",
    notFound: "找不到页面",
  },
  notFound: {
    heading: "找不到这个页面",
    unknownTopic: (id: string) => `没有编号为“${id}”的主题。它可能已被改名或删除。`,
    unknownPath: "这个地址不对应任何页面。",
    back: "回到大纲",
  },
};

export type ShellLaterStrings = typeof shellLater;
