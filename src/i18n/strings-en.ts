/** Every UI string in English: one dictionary, loaded whole when the UI is in English. */
import { formatHours } from "./format";
import type { UiStrings } from "./strings";

export const en: UiStrings = {
  shell: {
    /** Between two sentences: a space in English. */
    sentenceGap: " ",
    skipToContent: "Skip to content",
    nav: {
      label: "Main",
      outline: "Outline",
      graph: "Graph",
      plan: "Plan",
    },
    language: "Language",
    menu: "Menu",
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
      article: "From the article",
      extension: "Extension",
      elective: "Elective",
    },
    hours: (h: number) => `${formatHours(h)} h`,
    progressValue: (done: number, total: number) => `${done} of ${total}`,
    loadError: {
      message: "This part of the page could not be loaded. Check your connection and try again.",
      retry: "Try again",
      broken: "Something went wrong while showing this part of the page.",
      resetPlan: "Reset plan settings (goal and pace)",
    },
    framed: {
      message:
        "This page is being shown inside another website. To protect your progress, importing and replacing it are turned off here. Open the site directly in its own tab to import.",
      openDirectly: "Open it in its own tab",
    },
    newVersion: {
      message:
        "A new version of this site was published while this page was open, so this part of it is no longer there. Reload the page to get the new version; your progress is kept.",
      reload: "Reload",
    },
    footer: {
      privacy: "Progress is stored in this browser only; nothing is uploaded.",
      motto: "Rather than envy the fish from the shore, go home and weave a net.",
    },
    pageTitle: {
      outline: "Outline",
      graph: "Graph",
      plan: "Plan",
      share: "Shared progress",
      review: "Review",
      about: "About",
      notFound: "Not found",
    },
    notFound: {
      heading: "Page not found",
      unknownTopic: (id: string) =>
        `There is no topic with the id “${id}”. It may have been renamed or removed.`,
      unknownPath: "This address does not match any page.",
      back: "Back to the outline",
    },
  },
  outline: {
    heading: "Outline",
    intro: "Tick the topics you have learnt; a topic unlocks once its prerequisites are done.",
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
      "in-progress": "In progress",
      known: "Known",
    },
    search: "Search topics",
    searchPlaceholder: "Titles, summaries, aliases, resources, your notes",
    shown: (n: number, total: number) => `Showing ${n} of ${total} topics`,
    noMatch: "No topics match.",
    nextUp: {
      heading: "Next up",
      empty: "Nothing is available right now.",
      allDone: "Everything is done!",
      goal: "Goal:",
    },
  },
  feedback: {
    tick: {
      ticked: (title: string) => `Marked “${title}” as done.`,
      unticked: (title: string) => `Marked “${title}” as not done.`,
      nowAvailable: (titles: string) => `Now available: ${titles}.`,
      nothingNew: "Nothing new unlocked.",
      lockedTick: (title: string, count: number) =>
        `“${title}” still has ${count} prerequisite${count === 1 ? "" : "s"} not done.`,
      untickWarning: (titles: string, count: number) =>
        `Note: ${titles} ${count === 1 ? "builds" : "build"} on it and ${count === 1 ? "stays" : "stay"} done.`,
      undone: "Undone.",
    },
    listSeparator: ", ",
    toast: {
      undo: "Undo",
      undoHint: (keys: string) => `Press ${keys} to undo.`,
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
        "Some or all of the saved progress could not be read; the app kept what it could. No backup copy could be made, so the original data is left untouched, and new progress is kept on this page only: it is lost when you close it. Export it to keep it.",
      dismiss: "Got it",
    },
    update: {
      label: "New version",
      message: "A new version of this site is available.",
      reload: "Reload",
      later: "Later",
    },
  },
  topic: {
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
  },
  plan: {
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
    paceHint: "between 0.5 and 168",
    paceInvalid: "Enter a number from 0.5 to 168.",
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
    },
  },
  graph: {
    intro: "Each topic is a box; arrows run from a prerequisite to the topics that build on it.",
    textAlternative: "Prefer a list? The same topics are in the ",
    textAlternativeLink: "outline",
    textAlternativeEnd: ".",
    canvas: "Prerequisite graph",
    keyboardHelp:
      "Tab moves through the topics in learning order; Enter opens a topic, Space marks it done or not done. Arrow keys move the view, + and − zoom, 0 fits the whole graph. You can also drag, scroll or pinch.",
    readOnlyHelp:
      "Tab moves through the topics in learning order; Enter opens a topic. Arrow keys move the view, + and − zoom, 0 fits the whole graph.",
    zoomIn: "Zoom in",
    zoomOut: "Zoom out",
    fit: "Fit the path",
    showAll: "Show all",
    zoomLevel: (percent: number) => `Zoom ${percent}%`,
    findTopic: "Go to topic",
    show: "Show",
    whereAmI: "Show where I am",
    loading: "Loading the graph…",
    loadError: "The graph could not be loaded.",
    retry: "Try again",
    empty: "This curriculum has no topics yet.",
    summary: (done: number, total: number, available: number) =>
      `${done} of ${total} topics done; ${available} available now.`,
    goalAway: (title: string, count: number, hours: number) =>
      `The goal, “${title}”, is ${count} topic${count === 1 ? "" : "s"} (about ${formatHours(hours)} h) away; the steps are numbered on the graph.`,
    goalDone: (title: string) => `The goal, “${title}”, is done.`,
    nodeDetails: (parts: readonly string[]) => `— ${parts.join(", ")}`,
    planStep: (step: number, total: number) => `plan step ${step} of ${total}`,
    goal: "goal",
    oneOf: (count: number) => `1 of ${count}`,
    legend: {
      heading: "Legend",
      plan: "On the plan to your goal (numbered in order)",
      goal: "Your goal",
      requires: "Requires: the arrow runs from the prerequisite to the topic",
      oneOf: "One of: topics joined at a “1 of N” mark; any one of them is enough",
      recommends: "Recommended alongside (dashed): never locks anything",
      tick: "The round mark on a box’s top-left corner ticks it",
    },
  },
  share: {
    controls: {
      share: "Share",
      shareLink: "Share link",
      copy: "Copy link",
      copied: "Link copied.",
      copyRefused:
        "The browser did not allow copying: the link is selected, press Ctrl+C (⌘C on a Mac) to copy it.",
      note: "The link holds your marks (done, known, in progress) and your name, if you add one below: no times, no notes.",
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
      theyStudy: "In progress for them",
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
        "other-curriculum":
          "This code was made for another curriculum, so it cannot be read as progress in this one.",
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
      dropped: (count: number) =>
        count === 1
          ? "1 entry names no topic of this curriculum (not even a former one) and was left out."
          : `${count} entries name no topic of this curriculum (not even a former one) and were left out.`,
      choose: "Choose how to import:",
      mergeLabel: "Merge",
      mergeEffect: (added: number) =>
        `Keeps your progress and adds ${added} ${added === 1 ? "topic" : "topics"}.`,
      replaceLabel: "Replace",
      replaceEffect: (added: number, removed: number) =>
        `Makes your progress exactly the imported one: adds ${added}, removes ${removed}.`,
      added: "Would add:",
      removed: "Would remove:",
      remarked: "Other marks that would change:",
      noChange: "Nothing would change.",
      fileVersion1:
        "This is a version-1 file: it holds done topics only, no notes, other marks or review history.",
      notesAdded: (count: number) =>
        count === 1 ? "1 note would be added:" : `${count} notes would be added:`,
      notesMerged: (count: number) =>
        count === 1
          ? "1 of your notes would get the file's note added at its end:"
          : `${count} of your notes would get the file's note added at their end:`,
      notesReplaced: (count: number) =>
        count === 1
          ? "1 of your notes would be replaced by the file's:"
          : `${count} of your notes would be replaced by the file's:`,
      notesRemoved: (count: number) =>
        count === 1
          ? "1 of your notes would be deleted:"
          : `${count} of your notes would be deleted:`,
      notesCut: (count: number) =>
        count === 1
          ? "1 note would be longer than 20,000 characters and cut, losing its end:"
          : `${count} notes would be longer than 20,000 characters and cut, losing their end:`,
      reviewsAdded: (count: number) =>
        count === 1 ? "1 review record would be added." : `${count} review records would be added.`,
      reviewsRemoved: (count: number) =>
        count === 1
          ? "1 of your review records would be removed."
          : `${count} of your review records would be removed.`,
      more: (count: number) => `and ${count} more`,
      merge: "Merge with mine",
      replace: "Replace mine",
      cancel: "Cancel",
      done: (added: number, removed: number) =>
        removed > 0
          ? `Imported: ${added} ${added === 1 ? "topic" : "topics"} added, ${removed} removed.`
          : `Imported: ${added} ${added === 1 ? "topic" : "topics"} added.`,
      nothingChanged: "Imported; your progress did not change.",
      marksChanged: "Imported: some marks changed, no topic added or removed.",
      imported: "Imported.",
      remarkedDone: (count: number) =>
        count === 1 ? "1 other mark changed." : `${count} other marks changed.`,
      notesAddedDone: (count: number) => (count === 1 ? "1 note added." : `${count} notes added.`),
      notesMergedDone: (count: number) =>
        count === 1 ? "1 note merged with the file's." : `${count} notes merged with the file's.`,
      notesReplacedDone: (count: number) =>
        count === 1 ? "1 note replaced by the file's." : `${count} notes replaced by the file's.`,
      notesRemovedDone: (count: number) =>
        count === 1 ? "1 note deleted." : `${count} notes deleted.`,
      reviewsAddedDone: (count: number) =>
        count === 1 ? "1 review record added." : `${count} review records added.`,
      reviewsRemovedDone: (count: number) =>
        count === 1 ? "1 review record removed." : `${count} review records removed.`,
      notesCutDone: (count: number, titles: string) =>
        count === 1
          ? `The note on ${titles} went over 20,000 characters and was cut: its end was not kept.`
          : `The notes on ${titles} went over 20,000 characters and were cut: their end was not kept.`,
      undone: "The import was undone.",
      cannotUndo: "Something changed since that import, so it can no longer be undone.",
      fileError: "This file cannot be imported:",
      fileErrors: {
        "too-large": "It is larger than 1 MB, while a progress file is a few kilobytes.",
        "not-json": "It is not a JSON file.",
        "wrong-format": "It is not a progress file exported by Jiewang.",
        "unsupported-version": "It has a format version this version of Jiewang cannot read.",
        "newer-version": "It comes from a newer version of Jiewang that this one cannot read.",
        "unknown-version":
          "Its format version is not one Jiewang has ever written (this app reads versions 1 and 2): the file is damaged or was not made by Jiewang.",
        "bad-entries": "Some of its entries are damaged (a topic id or a time is not valid).",
        "bad-time": "It has a date that is not valid or cannot be right.",
        "not-a-time":
          "It has a date that is not a valid date and time with a time zone (such as 30 February, 24:00, or a time without “Z” or an offset like +08:00).",
        "out-of-range":
          "It has a date that cannot be right (before 2000, or more than a year from now).",
        "too-many-entries":
          "It has more entries than any curriculum can have topics: it is not an export of this app.",
        "bad-note": "It has a note that is not text or is too long.",
        unreadable: "The browser could not read the file.",
      },
      fileErrorEntry: (id: string) => `The entry at fault: “${id}”.`,
      dismiss: "OK",
    },
    listSeparator: ", ",
  },
  review: {
    nav: "Review",
    /** The header link's accessible name: the count is read out, not only shown in the badge. */
    navName: (count: number) => `Review, ${count} due`,
    dueMarker: "Due for review",
    heading: "Review",
    intro:
      "Topics you mark done come back for review 3 days later, then 7, 21, 60 and 180 days after each review you remember. Remembering a topic also refreshes the topics it builds on that are nearly due.",
    dueList: "Due for review",
    dueSince: (date: string) => `Due since ${date}`,
    selfCheck: "Self-check questions",
    selfCheckLoading: "Loading the self-check questions…",
    selfCheckMissing: "This topic has no self-check questions. Open the topic and go over it.",
    selfCheckError: "The self-check questions could not be loaded. Open the topic and go over it.",
    remembered: "Remembered",
    forgot: "Forgot",
    rememberedDone: (title: string, date: string) =>
      `Remembered “${title}”. Next review on ${date}.`,
    alsoRefreshed: (titles: string) => `Also refreshed: ${titles}`,
    titleSeparator: ", ",
    forgotDone: (title: string, date: string) => `“${title}” comes back for review on ${date}.`,
    markInProgress: (title: string) => `Mark “${title}” in progress again`,
    markedInProgress: (title: string) => `“${title}” is in progress again.`,
    nothingDue: "Nothing is due for review now.",
    nextDue: (date: string) => `The next review falls due on ${date}.`,
    nothingScheduled:
      "Nothing is scheduled for review yet. A topic you mark done comes up for review 3 days later.",
    calendarHeading: "Calendar",
    exportCalendar: "Export reviews to calendar",
    exportHint:
      "Downloads an .ics file with one all-day event per review date, for any calendar app.",
    exportNothing: "There is nothing to put in a calendar yet: no review is scheduled.",
    exported: (name: string) => `Downloaded ${name}.`,
    exportFailed: "This browser could not create the calendar file.",
    calendarName: "Jiewang reviews",
  },
  firstVisit: {
    aboutLink: "About this curriculum",
    welcome: {
      heading: "Welcome",
      what: (title: string, required: number, hours: number, electives: number) =>
        `“${title}” is a study path: ${required} required topic${required === 1 ? "" : "s"}${hours ? ` (about ${formatHours(hours)} hours)` : ""}${electives ? ` and ${electives} elective${electives === 1 ? "" : "s"}` : ""}. Tick a topic once learnt, and those built on it open up.`,
      marksIntro: "What the marks mean",
      available: "Available: its prerequisites are done, you can start it now.",
      locked: "Locked: it says what it needs first.",
      done: "Done: you ticked it.",
      sources:
        "“From the article” topics follow the source article; “Extension” topics were added to it.",
      start: (title: string) => `Start with “${title}”`,
      dismiss: "Hide this welcome",
    },
    about: {
      heading: "About this curriculum",
      sourceHeading: "Source",
      sourceDate: (date: string) => `Dated ${date}.`,
      sourceAuthor: (author: string) => `By ${author}.`,
      noUrl: "It has no public address, so there is no link to it.",
      progressHeading: "Where your progress is kept",
      progress:
        "Your ticks, notes and plan are kept in this browser only, on this device. There is no account and nothing is uploaded. Clearing the browser's site data removes them; to keep a copy or move to another device, use Export in the menu and Import file on the other side.",
      shareHeading: "Sharing",
      share:
        "Share (in the header, or in the Menu on a narrow screen) gives a link that holds your marks: done, known and in progress, but not your notes or reviews. Whoever opens it sees your progress beside theirs and can copy it into their own.",
      hostHeading: "Host your own",
      host: "Jiewang is open source and builds a static site from a folder of Markdown and YAML. To make a curriculum of your own, see the authoring guide in the repository (curriculum/README.md) and its section “Building your own site”.",
    },
    needs: {
      all: "Needs: ",
      anyOf: "Needs one of: ",
      separator: "; ",
    },
    nextUp: {
      onPath: "On your path to ",
      also: "Also available",
      goalReached: "Goal reached. Next goals, as the Plan suggests:",
      setGoal: (title: string) => `Aim for “${title}”`,
    },
    search: {
      matchedIn: "Matched in ",
      field: {
        title: "title",
        summary: "summary",
        alias: "alias",
        section: "section title",
        resource: "resource title",
        note: "your note",
      },
    },
  },
  marks: {
    status: "Status",
    option: {
      none: "Not started",
      "in-progress": "In progress",
      done: "Done",
      known: "Known",
    },
    badge: {
      "in-progress": "In progress",
      known: "Known",
    },
    hasNote: "Has a note",
    doneBut: {
      before: "Done, but ",
      after: (count: number) => (count === 1 ? " is not." : " are not."),
      and: " and ",
    },
    lockedDialog: {
      title: (title: string) => `“${title}” has prerequisites not done`,
      intro: (count: number) =>
        `It builds on ${count === 1 ? "this topic" : `these ${count} topics`}, not yet done or known:`,
      markKnown: "Mark them as known too",
      onlyThis: "Only this topic",
      cancel: "Cancel",
    },
    marked: (title: string, status: string) => `Marked “${title}” as ${status.toLowerCase()}.`,
    alsoKnown: (count: number) =>
      `Also marked ${count} prerequisite${count === 1 ? "" : "s"} as known.`,
    notes: {
      label: "Notes",
      hint: "Kept in this browser only and saved as you type; exports include notes, share links never do.",
      count: (used: string, max: string) => `${used} of ${max} characters`,
      cut: (max: string) => `A note holds at most ${max} characters; the rest was not saved.`,
    },
  },
};
