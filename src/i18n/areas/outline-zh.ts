/** UI strings of the outline page (#/) in Chinese. */
import { formatHours } from "../format";

export const outline = {
  heading: "学习大纲",
  intro: "勾选学过的主题；前置都学完的主题会解锁。",
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
    empty: "没有可以学的主题了。",
    allDone: "全部学完了！",
    goal: "目标：",
  },
};

export type OutlineStrings = typeof outline;
