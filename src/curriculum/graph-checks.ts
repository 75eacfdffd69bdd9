/**
 * Checks across topics: ids used twice (also across aliases), references that name no topic,
 * self-requirements, unknown sections, electives required by non-electives, and cycles.
 */
import { basename } from "node:path";
import { findCycles } from "./graph-algorithms.ts";
import type { ParsedSection } from "./parse-config.ts";
import type { ParsedTopic, Ref } from "./parse-topic.ts";
import type { ProblemList } from "./problems.ts";
import { didYouMean } from "./suggest.ts";

export interface TopicIndex {
  /** One topic per id, in file-name order. */
  readonly topics: readonly ParsedTopic[];
  readonly byId: ReadonlyMap<string, ParsedTopic>;
  /** Former id (alias) -> current id. */
  readonly aliasOf: ReadonlyMap<string, string>;
}

/** Indexes topics by id and alias, reporting every id or alias that is used twice. */
export function indexTopics(parsed: readonly ParsedTopic[], problems: ProblemList): TopicIndex {
  const byId = new Map<string, ParsedTopic>();
  for (const topic of parsed) {
    const first = byId.get(topic.id);
    if (first) {
      problems.error(
        topic.file,
        `id '${topic.id}' is used twice: also by ${where(first)}`,
        topic.idLine,
      );
    } else {
      byId.set(topic.id, topic);
    }
  }
  const aliasOf = new Map<string, string>();
  const aliasFile = new Map<string, ParsedTopic>();
  for (const topic of byId.values()) {
    for (const alias of topic.aliases) {
      const owner = byId.get(alias.id);
      const otherAlias = aliasFile.get(alias.id);
      if (owner === topic) {
        problems.error(topic.file, `alias '${alias.id}' is the topic's own id`, alias.line);
      } else if (owner) {
        problems.error(
          topic.file,
          `id '${alias.id}' is used twice: it is an alias here and the id of ${where(owner)}`,
          alias.line,
        );
      } else if (otherAlias && otherAlias !== topic) {
        problems.error(
          topic.file,
          `id '${alias.id}' is used twice: it is an alias here and in ${where(otherAlias)}`,
          alias.line,
        );
      } else if (!otherAlias) {
        aliasOf.set(alias.id, topic.id);
        aliasFile.set(alias.id, topic);
      }
    }
  }
  return { topics: [...byId.values()], byId, aliasOf };
}

/**
 * Reports `requires`, `anyOf` and `recommends` entries that name no topic (with a hint when
 * they name a former id or look like a typo), and topics that require themselves.
 * `unreadable` holds ids of topic files that exist but could not be read, so that a broken file
 * does not also make every reference to it an error.
 */
export function checkReferences(
  index: TopicIndex,
  unreadable: ReadonlySet<string>,
  problems: ProblemList,
): void {
  let hintsLeft = 200; // suggestions cost a scan of every id; a badly broken folder needs no more
  const check = (topic: ParsedTopic, ref: Ref, field: string) => {
    if (index.byId.has(ref.id) || unreadable.has(ref.id)) return;
    const renamed = index.aliasOf.get(ref.id);
    const hint = renamed
      ? ` — it is a former id of '${renamed}'; name the current id`
      : hintsLeft-- > 0
        ? didYouMean(ref.id, index.byId.keys())
        : "";
    problems.error(topic.file, `${field} '${ref.id}' names no topic${hint}`, ref.line);
  };
  for (const topic of index.topics) {
    for (const group of topic.requires) {
      const seen = new Set<string>();
      for (const member of group.members) {
        if (member.id === topic.id) {
          problems.error(topic.file, `topic requires itself ('${topic.id}')`, member.line);
          continue;
        }
        if (seen.has(member.id))
          problems.warning(
            topic.file,
            `'${member.id}' is listed twice in the same group`,
            member.line,
          );
        seen.add(member.id);
        check(topic, member, group.anyOf ? "anyOf" : "requires");
      }
    }
    for (const ref of topic.recommends) {
      if (ref.id === topic.id)
        problems.error(topic.file, `topic recommends itself ('${topic.id}')`, ref.line);
      else check(topic, ref, "recommends");
    }
  }
}

/** Reports topics whose section is not one of curriculum.yaml's sections. */
export function checkSections(
  index: TopicIndex,
  sections: readonly ParsedSection[],
  problems: ProblemList,
): void {
  const ids = sections.map((section) => section.id);
  const known = new Set(ids);
  for (const topic of index.topics) {
    if (!topic.section || known.has(topic.section.id)) continue;
    const hint = didYouMean(topic.section.id, ids) || ` (sections: ${ids.join(", ")})`;
    problems.error(topic.file, `unknown section '${topic.section.id}'${hint}`, topic.section.line);
  }
}

/** Reports non-optional topics that require an optional one (electives must gate nothing). */
export function checkElectives(index: TopicIndex, problems: ProblemList): void {
  for (const topic of index.topics) {
    if (topic.optional) continue;
    for (const group of topic.requires) {
      for (const member of group.members) {
        if (index.byId.get(member.id)?.optional) {
          problems.error(
            topic.file,
            `non-optional topic requires optional topic '${member.id}'; make this topic optional too, or move '${member.id}' to recommends`,
            member.line,
          );
        }
      }
    }
  }
}

/** Reports one cycle per tangle of `requires`, as `a -> b -> c -> a`. True when there is any. */
export function checkCycles(index: TopicIndex, problems: ProblemList): boolean {
  const number = new Map(index.topics.map((topic, i) => [topic.id, i]));
  const edges = index.topics.map((topic) => {
    const targets: number[] = [];
    for (const group of topic.requires) {
      for (const member of group.members) {
        const target = number.get(member.id);
        if (target !== undefined && member.id !== topic.id) targets.push(target);
      }
    }
    return targets;
  });
  const cycles = findCycles(edges);
  for (const { cycle, componentSize } of cycles) {
    const topics = cycle.map((i) => index.topics[i] as ParsedTopic);
    const first = topics[0] as ParsedTopic;
    const second = (topics[1] ?? first).id;
    const line = first.requires
      .flatMap((group) => group.members)
      .find((member) => member.id === second)?.line;
    const path = [...topics, first].map((topic) => topic.id).join(" -> ");
    const more = componentSize - cycle.length;
    const tail =
      more > 0
        ? ` (${more} more topic${more === 1 ? " is" : "s are"} caught in the same loop)`
        : "";
    problems.error(first.file, `cycle in requires: ${path}${tail}`, line);
  }
  return cycles.length > 0;
}

/** Reports a goal that names no topic. */
export function checkGoal(
  index: TopicIndex,
  goal: Ref | undefined,
  configFile: string,
  unreadable: ReadonlySet<string>,
  problems: ProblemList,
): void {
  if (!goal || index.byId.has(goal.id) || unreadable.has(goal.id)) return;
  const renamed = index.aliasOf.get(goal.id);
  const hint = renamed
    ? ` — it is a former id of '${renamed}'; name the current id`
    : didYouMean(goal.id, index.byId.keys());
  problems.error(configFile, `goal '${goal.id}' names no topic${hint}`, goal.line);
}

function where(topic: ParsedTopic): string {
  return `topics/${basename(topic.file)}`;
}
