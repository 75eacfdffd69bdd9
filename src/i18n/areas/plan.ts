import { formatHours } from "../format";

/** UI strings of the plan page (#/plan): goal, ordered plan, pace and the weekly chart. */
export const zh = {
  heading: "学习计划",
  intro: "选一个目标，这里按先后顺序列出还没学、但目标需要的每个主题。",
  goal: "目标",
  defaultGoal: "（课程默认）",
  useDefaultGoal: "改回课程默认目标",
  listLabel: "学习计划",
  remaining: (count: number) => `还剩 ${count} 个主题`,
  totalHours: (hours: number) => `共约 ${formatHours(hours)} 小时`,
  topicHours: (hours: number) => `${formatHours(hours)} 小时`,
  pace: "每周学习小时数",
  paceHint: "0 到 168 之间",
  paceInvalid: "请输入大于 0、不超过 168 的数字。",
  finish: (date: string, weeks: number) =>
    `按这个节奏，预计 ${date} 前后学完（${weeks <= 1 ? "一周以内" : `约 ${weeks} 周`}）。`,
  noEstimate: "计划里的主题都没有标学时，没法估计完成日期。",
  goalReached: {
    heading: "目标达成！",
    message: (goal: string) =>
      `你已经学完了“${goal}”需要的全部内容。结网非一日之功，你做到了，真棒！`,
    suggest: "接下来可以瞄准：",
    setGoal: (title: string) => `把“${title}”设为目标`,
    allDone: "整个课程的主题都学完了。可以回头复习，或者自己写一份新的课程。",
  },
  chart: {
    heading: "每周进度",
    metric: "显示",
    topics: "主题数",
    hours: "学时",
    summary: (weeks: number, topics: number, hours: number) =>
      `最近 ${weeks} 周共学完 ${topics} 个主题，约 ${formatHours(hours)} 小时。`,
    best: (week: string, topics: number) => `最多的一周从 ${week} 开始，学完 ${topics} 个。`,
    empty: (weeks: number) =>
      `最近 ${weeks} 周还没有勾选记录。勾选主题后，这里会按周画出你的进度。`,
    table: "以表格查看",
    caption: "每周学完的主题和学时",
    week: "起始日期",
    weekOf: (date: string) => `${date} 这一周`,
  },
};

export const en: typeof zh = {
  heading: "Plan",
  intro:
    "Pick a goal: this lists every topic it needs that you have not done yet, each after what it builds on.",
  goal: "Goal",
  defaultGoal: " (the curriculum’s goal)",
  useDefaultGoal: "Back to the curriculum’s goal",
  listLabel: "Plan",
  remaining: (count: number) => `${count} ${count === 1 ? "topic" : "topics"} to go`,
  totalHours: (hours: number) =>
    `about ${formatHours(hours)} ${hours === 1 ? "hour" : "hours"} in total`,
  topicHours: (hours: number) => `${formatHours(hours)} h`,
  pace: "Hours per week",
  paceHint: "between 0 and 168",
  paceInvalid: "Enter a number above 0 and at most 168.",
  finish: (date: string, weeks: number) =>
    `At this pace you would finish around ${date} (${weeks <= 1 ? "within a week" : `about ${weeks} weeks`}).`,
  noEstimate: "None of the topics on the plan has an hour estimate, so there is no finish date.",
  goalReached: {
    heading: "Goal reached!",
    message: (goal: string) =>
      `You have done everything “${goal}” needs. A net is woven one knot at a time, and you have woven this one. Well done!`,
    suggest: "Where to aim next:",
    setGoal: (title: string) => `Make “${title}” my goal`,
    allDone:
      "You have done every topic in this curriculum. Time to revisit favourites, or to write a curriculum of your own.",
  },
  chart: {
    heading: "Progress by week",
    metric: "Show",
    topics: "Topics",
    hours: "Hours",
    summary: (weeks: number, topics: number, hours: number) =>
      `In the last ${weeks} weeks you finished ${topics} ${topics === 1 ? "topic" : "topics"}, about ${formatHours(hours)} hours.`,
    best: (week: string, topics: number) => `Your busiest week began on ${week}, with ${topics}.`,
    empty: (weeks: number) =>
      `Nothing ticked in the last ${weeks} weeks yet. Tick topics and this chart fills in week by week.`,
    table: "Show as a table",
    caption: "Topics and hours finished each week",
    week: "Week of",
    weekOf: (date: string) => `Week of ${date}`,
  },
};
