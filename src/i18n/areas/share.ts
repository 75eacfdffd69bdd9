/**
 * UI strings of sharing: the header's Share / Export / Import file controls, the shared-progress
 * page (#/share/<code>) and the import confirmations.
 */

export const zh = {
  controls: {
    share: "分享",
    shareLink: "分享链接",
    copy: "复制链接",
    copied: "链接已复制。",
    copyRefused: "浏览器不允许自动复制：链接已选中，请按 Ctrl+C（Mac 上按 ⌘C）复制。",
    note: "链接里只有你完成了哪些主题（以及你在下面填写的名字）：没有勾选时间，也没有其他信息。",
    name: "你的名字（可选）",
    nameHint: "对方会看到这个名字，以纯文本显示。",
    export: "导出",
    exportHint: "把进度（连同勾选时间）保存为 JSON 文件，可在别的浏览器里导入。",
    exported: (file: string) => `进度已导出为 ${file}。`,
    exportFailed: "导出失败：浏览器没能生成文件。",
    importFile: "导入文件",
  },
  page: {
    heading: "分享的进度",
    viewAs: { label: "显示为", outline: "大纲", graph: "知识图" },
    sharedBy: { before: "这是 ", after: " 分享的进度。" },
    sharedAnonymously: "这是别人分享的进度（对方没有留名字）。",
    readOnly: "只读：这里的勾选框不能修改。在你确认导入之前，你自己的进度不会有任何变化。",
    ignored: (count: number) => `链接里有 ${count} 个主题在当前课程中已不存在，已略过。`,
    compareHeading: "和你的进度比较",
    both: "都完成了",
    onlyTheirs: "只有对方完成",
    onlyMine: "只有你完成",
    count: (label: string, count: number) => `${label}：${count} 个`,
    import: "导入",
    myProgress: "我的进度",
    badHeading: "无法打开这个分享链接",
    badIntro: "这个分享链接读不出来。",
    untouched: "你自己的进度没有任何改动。",
    reasons: {
      empty: "链接里 #/share/ 后面没有分享码。",
      "bad-characters":
        "链接含有分享码里不会出现的字符（分享码只用字母、数字、- 和 _），可能在复制时被改动了。",
      "unknown-version": "分享码的版本标记无法识别，可能来自其他版本的结网，或者被改动过。",
      checksum: "分享码的校验位对不上：链接可能打错了、被截断了或被改动过。",
      truncated: "分享码不完整，链接可能在复制时被截断了。",
      "too-long": "这串文字太长，不可能是分享码。",
    },
  },
  importing: {
    linkTitle: "导入分享的进度",
    fileTitle: "从文件导入进度",
    fileSummary: (count: number) => `文件里有 ${count} 个已完成的主题。`,
    fileFrom: (title: string) => `导出自课程：${title}`,
    exportedAt: (date: string) => `导出时间：${date}`,
    unknownIds: (count: number) => `其中 ${count} 个不在当前课程中，不会显示。`,
    choose: "请选择导入方式：",
    mergeLabel: "合并",
    mergeEffect: (added: number) => `保留你的进度，新增 ${added} 个主题。`,
    replaceLabel: "替换",
    replaceEffect: (added: number, removed: number) =>
      `你的进度改为与导入的完全相同：新增 ${added} 个，移除 ${removed} 个。`,
    added: "将新增：",
    removed: "将移除：",
    noChange: "不会有任何变化。",
    more: (count: number) => `等另外 ${count} 个`,
    merge: "与我的进度合并",
    replace: "替换我的进度",
    cancel: "取消",
    done: (added: number, removed: number) =>
      removed > 0
        ? `已导入：新增 ${added} 个主题，移除 ${removed} 个。`
        : `已导入：新增 ${added} 个主题。`,
    nothingChanged: "导入完成，进度没有变化。",
    undone: "已撤销导入。",
    cannotUndo: "之后又有了新的改动，无法再撤销这次导入。",
    fileError: "无法导入这个文件：",
    fileErrors: {
      "too-large": "文件超过 1 MB，而进度文件一般只有几 KB。",
      "not-json": "文件不是 JSON 格式。",
      "wrong-format": "这不是结网导出的进度文件。",
      "unsupported-version": "文件来自更新版本的结网，这个版本读不了。",
      "bad-entries": "文件里有损坏的条目（主题编号或时间不对）。",
      unreadable: "浏览器无法读取这个文件。",
    },
    dismiss: "知道了",
  },
  listSeparator: "、",
};

export const en: typeof zh = {
  controls: {
    share: "Share",
    shareLink: "Share link",
    copy: "Copy link",
    copied: "Link copied.",
    copyRefused:
      "The browser did not allow copying: the link is selected, press Ctrl+C (⌘C on a Mac) to copy it.",
    note: "The link holds only which topics you have done (and your name, if you add one below): no tick times, nothing else.",
    name: "Your name (optional)",
    nameHint: "Whoever opens the link sees this name, shown as plain text.",
    export: "Export",
    exportHint:
      "Saves your progress, with tick times, as a JSON file you can import in another browser.",
    exported: (file: string) => `Progress exported as ${file}.`,
    exportFailed: "Export failed: the browser could not create the file.",
    importFile: "Import file",
  },
  page: {
    heading: "Shared progress",
    viewAs: { label: "Show as", outline: "Outline", graph: "Graph" },
    sharedBy: { before: "This is the progress shared by ", after: "." },
    sharedAnonymously: "This is someone else’s shared progress (they left no name).",
    readOnly:
      "Read-only: the checkboxes here cannot be changed. Your own progress stays as it is until you confirm an import.",
    ignored: (count: number) =>
      count === 1
        ? "1 topic in this link no longer exists in this curriculum and was skipped."
        : `${count} topics in this link no longer exist in this curriculum and were skipped.`,
    compareHeading: "Compared with your progress",
    both: "Done by both",
    onlyTheirs: "Only by them",
    onlyMine: "Only by you",
    count: (label: string, count: number) => `${label}: ${count}`,
    import: "Import",
    myProgress: "My progress",
    badHeading: "This share link cannot be opened",
    badIntro: "The share link could not be read.",
    untouched: "Your own progress has not been changed.",
    reasons: {
      empty: "There is no share code after #/share/ in the link.",
      "bad-characters":
        "It contains characters a share code never has (only letters, digits, - and _); it may have been altered while copying.",
      "unknown-version":
        "Its version mark is not one this app knows: it may come from another version of Jiewang, or it was altered.",
      checksum:
        "Its check digits do not match: the link was probably mistyped, cut short or altered.",
      truncated: "The code is incomplete: the link was probably cut short while copying.",
      "too-long": "This is far too long to be a share code.",
    },
  },
  importing: {
    linkTitle: "Import shared progress",
    fileTitle: "Import progress from a file",
    fileSummary: (count: number) =>
      count === 1 ? "The file lists 1 done topic." : `The file lists ${count} done topics.`,
    fileFrom: (title: string) => `Exported from the curriculum: ${title}`,
    exportedAt: (date: string) => `Exported on: ${date}`,
    unknownIds: (count: number) =>
      count === 1
        ? "1 of them is not in this curriculum and will not be shown."
        : `${count} of them are not in this curriculum and will not be shown.`,
    choose: "Choose how to import:",
    mergeLabel: "Merge",
    mergeEffect: (added: number) =>
      `Keeps your progress and adds ${added} ${added === 1 ? "topic" : "topics"}.`,
    replaceLabel: "Replace",
    replaceEffect: (added: number, removed: number) =>
      `Makes your progress exactly the imported one: adds ${added}, removes ${removed}.`,
    added: "Would add:",
    removed: "Would remove:",
    noChange: "Nothing would change.",
    more: (count: number) => `and ${count} more`,
    merge: "Merge with mine",
    replace: "Replace mine",
    cancel: "Cancel",
    done: (added: number, removed: number) =>
      removed > 0
        ? `Imported: ${added} ${added === 1 ? "topic" : "topics"} added, ${removed} removed.`
        : `Imported: ${added} ${added === 1 ? "topic" : "topics"} added.`,
    nothingChanged: "Imported; your progress did not change.",
    undone: "The import was undone.",
    cannotUndo: "Something changed since that import, so it can no longer be undone.",
    fileError: "This file cannot be imported:",
    fileErrors: {
      "too-large": "It is larger than 1 MB, while a progress file is a few kilobytes.",
      "not-json": "It is not a JSON file.",
      "wrong-format": "It is not a progress file exported by Jiewang.",
      "unsupported-version": "It comes from a newer version of Jiewang that this one cannot read.",
      "bad-entries": "Some of its entries are damaged (a topic id or a time is not valid).",
      unreadable: "The browser could not read the file.",
    },
    dismiss: "OK",
  },
  listSeparator: ", ",
};
