/**
 * Runs every check over a curriculum folder and collects every problem; yields the checked
 * curriculum only when there is no error. The CLI, the Vite plugin and the tests all run this.
 */
import { join } from "node:path";
import {
  CONFIG_FILE,
  type CurriculumFolder,
  SLOTS_FILE,
  type SourceFile,
  TOPICS_DIR,
} from "./folder.ts";
import { topologicalOrder } from "./graph-algorithms.ts";
import {
  checkCycles,
  checkElectives,
  checkGoal,
  checkReferences,
  checkSections,
  indexTopics,
  type TopicIndex,
} from "./graph-checks.ts";
import { type ParsedConfig, type ParsedSection, parseConfigFile } from "./parse-config.ts";
import { type FileParse, parseSourceFile, roleOf } from "./parse-files.ts";
import type { ParsedTopic, ParsedTranslation } from "./parse-topic.ts";
import { oneLine, type Problem, ProblemList, sortProblems } from "./problems.ts";
import { assignSlots, parseSlotTable, type SlotAssignment, type SlotTable } from "./slots.ts";
import { readImages, translationsOf } from "./image-files.ts";
import type { ImageFile } from "./images.ts";
import { SLOT_LIMIT } from "./limits.ts";
import { topicTexts } from "./topic-texts.ts";
import type { Localized, Resource } from "./types.ts";

/** A curriculum that passed every check, ready to compile. */
export interface CheckedCurriculum {
  readonly dir: string;
  readonly title: Localized;
  readonly source?: ParsedConfig["source"];
  /** The About page's introduction, Markdown per language. */
  readonly intro?: Localized;
  readonly languages: readonly string[];
  /** The goal named in curriculum.yaml, else the last non-optional topic in `order`. */
  readonly goal: string;
  readonly sections: readonly ParsedSection[];
  /** Topics in curriculum order: sections in order, each section's topics in `order`. */
  readonly topics: readonly ParsedTopic[];
  /** Topological order of ids (requirements first); ready topics go by section, then id. */
  readonly order: readonly string[];
  readonly aliasOf: ReadonlyMap<string, string>;
  /** Topic id -> language -> translation. */
  readonly translations: ReadonlyMap<string, ReadonlyMap<string, ParsedTranslation>>;
  /** Topic id -> its resources, with their text per language. */
  readonly resources: ReadonlyMap<string, readonly Resource[]>;
  /** Topic id -> why no free resource exists (topics that say so). */
  readonly noFreeResource: ReadonlyMap<string, Localized>;
  /** Image files the bodies show, by path inside the folder (`topics/images/a.png`). */
  readonly images: ReadonlyMap<string, ImageFile>;
  readonly slots: SlotAssignment;
}

export interface CheckResult {
  /** Present only when there are no errors (warnings allowed). */
  readonly checked?: CheckedCurriculum;
  /** Errors and warnings, sorted by file and line. */
  readonly problems: readonly Problem[];
}

/** Checks a folder read by readCurriculumFolder. Pure: reads and writes nothing. */
export function checkCurriculum(folder: CurriculumFolder): CheckResult {
  const problems = new ProblemList();
  const checked = runChecks(folder, problems);
  return {
    checked: problems.hasErrors ? undefined : checked,
    problems: sortProblems(problems.items),
  };
}

function runChecks(folder: CurriculumFolder, problems: ProblemList): CheckedCurriculum | undefined {
  problems.items.push(...(folder.refused ?? []));
  // A refused folder (a link) has nothing else worth reporting.
  if (folder.refused?.some((problem) => problem.file === folder.dir)) return undefined;
  if (!folder.exists) {
    problems.error(
      folder.dir,
      "no such folder: a curriculum is a folder holding curriculum.yaml and topics/",
    );
    return undefined;
  }
  const configFile = folder.config?.path ?? join(folder.dir, CONFIG_FILE);
  if (!folder.config && !refusedIn(folder).has(configFile)) {
    problems.error(
      configFile,
      "file not found: a curriculum needs curriculum.yaml (title, languages, sections)",
    );
  }
  const config: ParsedConfig = folder.config
    ? (guarded(configFile, problems, () =>
        parseConfigFile(configFile, folder.config?.text ?? "", problems),
      ) ?? { file: configFile })
    : { file: configFile };

  const { topics, translations: translationFiles, unreadable } = parseTopicFiles(folder, problems);
  const index = indexTopics(topics, problems);
  checkReferences(index, unreadable, problems);
  if (config.sections) checkSections(index, config.sections, problems);
  checkElectives(index, problems);
  const hasCycle = checkCycles(index, problems);
  checkGoal(index, config.goal, configFile, unreadable, problems);
  const translations = checkTranslations(index, translationFiles, config.languages, problems);
  const texts = config.languages ? topicTexts(index.topics, config.languages, problems) : undefined;
  const images = readImages(folder, [...index.topics, ...translationsOf(translations)], problems);

  const { title, languages, sections } = config;
  if (problems.hasErrors || hasCycle || !title || !languages || !sections || !texts) {
    return undefined;
  }
  const ordered = curriculumOrder(index, sections);
  if (!ordered) return undefined;
  const slots = readAndAssignSlots(folder, ordered.topics, problems);
  if (!slots) return undefined;
  const goal = config.goal?.id ?? defaultGoal(ordered.order, index);
  return {
    dir: folder.dir,
    title,
    ...(config.source ? { source: config.source } : {}),
    ...(config.intro ? { intro: config.intro } : {}),
    languages,
    goal,
    sections,
    topics: ordered.topics,
    order: ordered.order,
    aliasOf: index.aliasOf,
    translations,
    ...texts,
    images,
    slots,
  };
}

function parseTopicFiles(folder: CurriculumFolder, problems: ProblemList) {
  const topics: ParsedTopic[] = [];
  const translations: FileParse[] = [];
  const unreadable = new Set<string>();
  for (const file of folder.topicFiles) {
    const role = roleOf(file.path);
    if (role.kind === "bad-name") {
      problems.error(
        file.path,
        "file name must be <id>.md (a topic) or <id>.<lang>.md (its translation)",
      );
      continue;
    }
    const result = guardedParse(file);
    if (role.kind === "translation") {
      // Kept aside: a translation's own problems matter only once its name checks out.
      translations.push(result);
      continue;
    }
    problems.items.push(...result.problems);
    if (result.topic) topics.push(result.topic);
    else unreadable.add(role.id);
  }
  const topicsDir = join(folder.dir, TOPICS_DIR);
  const topicsRefused = [...refusedIn(folder)].some((path) => path.startsWith(topicsDir));
  if (folder.topicFiles.length === 0 && !topicsRefused) {
    problems.error(topicsDir, "no topics: add one Markdown file per topic, topics/<id>.md");
  }
  return { topics, translations, unreadable };
}

/**
 * Checks translation files (language listed, not the primary, topic exists) and warns about
 * every missing translation.
 */
function checkTranslations(
  index: TopicIndex,
  files: readonly FileParse[],
  languages: readonly string[] | undefined,
  problems: ProblemList,
): Map<string, Map<string, ParsedTranslation>> {
  const result = new Map<string, Map<string, ParsedTranslation>>();
  const primary = languages?.[0];
  for (const file of files) {
    const role = roleOf(file.path);
    if (role.kind !== "translation") continue;
    const { id, lang } = role;
    if (!index.byId.has(id)) {
      const renamed = index.aliasOf.get(id);
      const hint = renamed
        ? ` ('${id}' is a former id: rename the file to ${renamed}.${lang}.md)`
        : "";
      problems.error(
        file.path,
        `translation of a topic that does not exist: there is no topics/${id}.md${hint}`,
      );
      continue;
    }
    if (languages && !languages.includes(lang)) {
      problems.error(
        file.path,
        `language '${lang}' is not in curriculum.yaml's languages (${languages.join(", ")})`,
      );
      continue;
    }
    if (lang === primary) {
      problems.error(
        file.path,
        `'${lang}' is the primary language: this text belongs in topics/${id}.md`,
      );
      continue;
    }
    problems.items.push(...file.problems);
    if (!file.translation) continue;
    const byLang = result.get(id) ?? new Map<string, ParsedTranslation>();
    byLang.set(lang, file.translation);
    result.set(id, byLang);
  }
  for (const topic of index.topics) {
    for (const lang of languages?.slice(1) ?? []) {
      if (result.get(topic.id)?.has(lang)) continue;
      problems.warning(
        topic.file,
        `missing translation: no topics/${topic.id}.${lang}.md (the app shows ${primary} instead)`,
      );
    }
  }
  return result;
}

/**
 * Curriculum order: sections in display order; within a section, a topological order of
 * `requires` (ready topics by id), so each section reads from first steps to last.
 */
function curriculumOrder(index: TopicIndex, sections: readonly ParsedSection[]) {
  const sectionRank = new Map(sections.map((section, i) => [section.id, i]));
  const topics = index.topics;
  const number = new Map(topics.map((topic, i) => [topic.id, i]));
  const requirements = topics.map((topic) =>
    topic.requires.flatMap((group) =>
      group.members.map((member) => number.get(member.id) as number),
    ),
  );
  const sectionOf = topics.map((topic) => sectionRank.get(topic.section?.id ?? "") ?? 0);
  // topics are in file-name order, so a topic's number breaks ties by id.
  const first = topologicalOrder(
    requirements,
    topics.map((_, i) => (sectionOf[i] ?? 0) * topics.length + i),
  );
  if (!first) return undefined;
  // A stable sort by section keeps the topological order within each section.
  const inSections = [...first].sort((a, b) => (sectionOf[a] ?? 0) - (sectionOf[b] ?? 0));
  const position = new Int32Array(topics.length);
  inSections.forEach((topic, i) => {
    position[topic] = i;
  });
  const order = topologicalOrder(requirements, position) ?? [];
  return {
    topics: inSections.map((i) => topics[i] as ParsedTopic),
    order: order.map((i) => (topics[i] as ParsedTopic).id),
  };
}

/** Paths the folder reader refused. */
function refusedIn(folder: CurriculumFolder): Set<string> {
  return new Set(folder.refused?.map((problem) => problem.file));
}

/**
 * Runs one file's check; a failure of the checker itself (a bug, or a limit of the YAML
 * library) becomes one problem naming that file instead of a crash with a stack trace.
 */
function guarded<T>(file: string, problems: ProblemList, run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    problems.error(file, `could not be checked: ${oneLine(error)}`);
    return undefined;
  }
}

function guardedParse(file: SourceFile): FileParse {
  const problems = new ProblemList();
  const result = guarded(file.path, problems, () => parseSourceFile(file));
  return result ?? { path: file.path, problems: problems.items };
}

function readAndAssignSlots(
  folder: CurriculumFolder,
  topics: readonly ParsedTopic[],
  problems: ProblemList,
): SlotAssignment | undefined {
  let recorded: SlotTable = new Map();
  if (folder.slots) {
    const table = parseSlotTable(folder.slots.path, folder.slots.text, problems);
    if (!table) return undefined;
    recorded = table;
  }
  const assignment = assignSlots(
    recorded,
    topics.map((topic) => ({ id: topic.id, aliases: topic.aliases.map((alias) => alias.id) })),
  );
  const files = new Map(topics.map((topic) => [topic.id, topic.file]));
  for (const clash of assignment.clashes) {
    problems.error(
      files.get(clash.id) ?? join(folder.dir, SLOTS_FILE),
      `'${clash.id}' and '${clash.other}' share slot ${clash.slot} in slots.json (one was once renamed to the other), so their progress would mix; give the newer topic another id`,
    );
  }
  let full = false;
  for (const topic of topics) {
    const slot = assignment.topicSlots.get(topic.id) ?? 0;
    if (slot < SLOT_LIMIT) continue;
    problems.error(
      topic.file,
      `no slot left for '${topic.id}': slots run from 0 to ${SLOT_LIMIT - 1} and slots.json has given them all (a curriculum holds at most ${SLOT_LIMIT} topics over its life)`,
      topic.idLine,
    );
    full = true;
  }
  return assignment.clashes.length > 0 || full ? undefined : assignment;
}

function defaultGoal(order: readonly string[], index: TopicIndex): string {
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i] as string;
    if (!index.byId.get(id)?.optional) return id;
  }
  return order[order.length - 1] ?? "";
}
