import { basename } from "node:path";
import type { SourceFile } from "./folder.ts";
import {
  type ParsedTopic,
  type ParsedTranslation,
  parseTopicFile,
  parseTranslationFile,
} from "./parse-topic.ts";
import { type Problem, ProblemList } from "./problems.ts";

/** What a file in topics/ is, from its name alone. */
export type FileRole =
  | { readonly kind: "topic"; readonly id: string }
  | { readonly kind: "translation"; readonly id: string; readonly lang: string }
  | { readonly kind: "bad-name" };

/** `<id>.md` is a topic, `<id>.<lang>.md` its translation; anything else is misnamed. */
export function roleOf(path: string): FileRole {
  const parts = basename(path).slice(0, -".md".length).split(".");
  const [id = "", lang] = parts;
  if (parts.length === 1) return { kind: "topic", id };
  if (parts.length === 2 && lang !== undefined) return { kind: "translation", id, lang };
  return { kind: "bad-name" };
}

/** One topic file's own parse: its data (when readable) and the problems found in it alone. */
export interface FileParse {
  readonly path: string;
  readonly topic?: ParsedTopic;
  readonly translation?: ParsedTranslation;
  readonly problems: readonly Problem[];
}

/** Parses one file of topics/ on its own, independent of every other file. */
export function parseSourceFile(file: SourceFile): FileParse {
  const problems = new ProblemList();
  const role = roleOf(file.path);
  if (role.kind === "topic") {
    const topic = parseTopicFile(file.path, role.id, file.text, problems);
    return { path: file.path, topic, problems: problems.items };
  }
  if (role.kind === "translation") {
    const translation = parseTranslationFile(file.path, role.id, role.lang, file.text, problems);
    return { path: file.path, translation, problems: problems.items };
  }
  return { path: file.path, problems: problems.items };
}
