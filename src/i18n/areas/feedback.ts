/**
 * UI strings of the feedback that follows an action: ticking (what unlocked, Undo), toasts,
 * dialogs and the storage and update notices. They load with the deferred chunk, not the first page.
 */
export const zh = {
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
  toast: {
    undo: "撤销",
    dismiss: "关闭通知",
    region: "通知",
  },
  dialog: {
    close: "关闭",
  },
  storage: {
    label: "进度保存",
    unavailable: "浏览器存储不可用：进度只保存在当前页面，关闭后会丢失。",
    full: "浏览器存储已满：新的进度只保存在当前页面，关闭后会丢失。",
    corrupt:
      "保存的进度有部分或全部无法读取，能读的都已保留；原始数据另存在一个备份键下，没有丢失。",
    corruptNoBackup:
      "保存的进度有部分或全部无法读取，能读的都已保留；原始数据没能另存备份，但也不会被覆盖。",
    dismiss: "知道了",
  },
  update: {
    label: "新版本",
    message: "有新版本可用。",
    reload: "重新加载",
    later: "稍后",
  },
};

export const en: typeof zh = {
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
  toast: {
    undo: "Undo",
    dismiss: "Dismiss notification",
    region: "Notifications",
  },
  dialog: {
    close: "Close",
  },
  storage: {
    label: "Saving progress",
    unavailable:
      "Browser storage is unavailable: progress is kept on this page only and is lost when you close it.",
    full: "Browser storage is full: new progress is kept on this page only and is lost when you close it.",
    corrupt:
      "Some or all of the saved progress could not be read; the app kept what it could. The original data was kept under a backup key; nothing was lost.",
    corruptNoBackup:
      "Some or all of the saved progress could not be read; the app kept what it could. No backup copy could be made, so the original data is left untouched.",
    dismiss: "Got it",
  },
  update: {
    label: "New version",
    message: "A new version of this site is available.",
    reload: "Reload",
    later: "Later",
  },
};
