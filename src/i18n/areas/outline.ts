/** UI strings of the outline page (#/) and the ticking feedback. */
import { formatHours } from "../format";

export const zh = {
  heading: "学习大纲",
  intro: "勾选学过的主题；前置都学完的主题会解锁。",
  overall: "总进度",
  requiredProgress: "必修主题",
  electiveProgress: "选修主题",
  hoursDone: (done: number, total: number) =>
    `必修学时：已学 ${formatHours(done)} / 共 ${formatHours(total)} 小时`,
  summaryHeading: "进度",
  sectionProgress: (section: string) => `${section}：必修进度`,
  sectionElectives: (section: string) => `${section}：选修进度`,
  filter: {
    legend: "显示",
    all: "全部",
    available: "可以学",
    done: "已完成",
    locked: "未解锁",
    electives: "选修",
  },
  search: "搜索主题",
  searchPlaceholder: "按中英文标题搜索",
  shown: (n: number, total: number) => `显示 ${n} / ${total} 个主题`,
  noMatch: "没有符合条件的主题。",
  nextUp: {
    heading: "下一步",
    intro: "现在可以学、离目标最近的主题：",
    empty: "没有可以学的主题了。",
    allDone: "全部学完了！",
    goal: "目标：",
  },
  tick: {
    ticked: (title: string) => `已将“${title}”标为完成。`,
    unticked: (title: string) => `已取消“${title}”的完成标记。`,
    nowAvailable: (titles: string) => `现在可以学：${titles}。`,
    nothingNew: "没有新解锁的主题。",
    lockedTick: (title: string, count: number) => `“${title}”还有 ${count} 个前置主题没学完。`,
    tickPrerequisites: (count: number) => `把这 ${count} 个前置也标为完成`,
    prerequisitesTicked: (count: number) => `已把 ${count} 个前置主题标为完成。`,
    untickWarning: (titles: string, _count: number) =>
      `注意：${titles} 以它为前置，仍保持完成状态。`,
    undone: "已撤销。",
  },
  listSeparator: "、",
};

export const en: typeof zh = {
  heading: "Outline",
  intro: "Tick the topics you have learnt; a topic unlocks once its prerequisites are done.",
  overall: "Overall progress",
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
    intro: "Available now, closest to your goal first:",
    empty: "Nothing is available right now.",
    allDone: "Everything is done!",
    goal: "Goal:",
  },
  tick: {
    ticked: (title: string) => `Marked “${title}” as done.`,
    unticked: (title: string) => `Marked “${title}” as not done.`,
    nowAvailable: (titles: string) => `Now available: ${titles}.`,
    nothingNew: "Nothing new unlocked.",
    lockedTick: (title: string, count: number) =>
      `“${title}” still has ${count} prerequisite${count === 1 ? "" : "s"} not done.`,
    tickPrerequisites: (count: number) =>
      `Mark ${count === 1 ? "that prerequisite" : `those ${count} prerequisites`} done too`,
    prerequisitesTicked: (count: number) =>
      `Marked ${count} prerequisite${count === 1 ? "" : "s"} as done.`,
    untickWarning: (titles: string, count: number) =>
      `Note: ${titles} ${count === 1 ? "builds" : "build"} on it and ${count === 1 ? "stays" : "stay"} done.`,
    undone: "Undone.",
  },
  listSeparator: ", ",
};
