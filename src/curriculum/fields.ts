import * as v from "valibot";
import type { ProblemList } from "./problems.ts";
import { shown } from "./schema.ts";
import { didYouMean } from "./suggest.ts";
import { lineOf, nodeAt, type YamlPath, type YamlSource, type YamlTree } from "./yaml-source.ts";

// biome-ignore lint/suspicious/noExplicitAny: any object schema, whatever its entries and messages
type ObjectSchema = v.ObjectSchema<v.ObjectEntries, any>;

/**
 * Validates the map at `path` against an object schema, field by field, so one bad field does
 * not hide the others: reports unknown fields (with a "did you mean" hint), missing required
 * fields and malformed values, each at its line. Returns the fields that are valid. `subject`
 * names the whole map in messages about it ("the front matter is empty").
 */
export function validateFields<S extends ObjectSchema>(
  schema: S,
  raw: unknown,
  source: YamlSource,
  problems: ProblemList,
  subject = "the front matter",
): Partial<v.InferOutput<S>> {
  const path: YamlPath = [];
  const output: Record<string, unknown> = {};
  if (!isPlainObject(raw)) {
    const what =
      raw === undefined || raw === null
        ? "is empty"
        : `must be a map of fields (got ${shown(raw)})`;
    problems.error(source.file, `${subject} ${what}`, lineOf(source, path));
    return output as Partial<v.InferOutput<S>>;
  }
  const unknownAt: string[] = [];
  reportUnknownFields(schema, nodeAt(source, path), path, source, problems, unknownAt);
  // The usual case, a valid map, in one pass; field by field only to sort out what is wrong.
  const whole = v.safeParse(schema, raw);
  if (whole.success) return whole.output as Partial<v.InferOutput<S>>;
  for (const [key, fieldSchema] of Object.entries(schema.entries)) {
    const result = v.safeParse(fieldSchema, raw[key], { abortEarly: false });
    if (result.success) {
      if (result.output !== undefined) output[key] = result.output;
      continue;
    }
    for (const issue of result.issues) {
      const issuePath = [
        ...path,
        key,
        ...(issue.path ?? []).map((item) => item.key as string | number),
      ];
      // A group with a misspelt key was already reported as an unknown field; its shape error adds nothing.
      if (issue.type === "union" && unknownAt.some((p) => p.startsWith(`${label(issuePath)}.`)))
        continue;
      const message =
        issue.input === undefined
          ? `missing required field '${label(issuePath)}'`
          : `'${label(issuePath)}' ${issue.message}`;
      problems.error(source.file, message, lineOf(source, issuePath));
    }
  }
  // Only fields that passed their own schema are here, so the partial type is accurate.
  return output as Partial<v.InferOutput<S>>;
}

/** `resources[0].url` for a path such as ["resources", 0, "url"]. */
export function label(path: YamlPath): string {
  let text = "";
  for (const step of path) {
    text += typeof step === "number" ? `[${step}]` : text === "" ? step : `.${step}`;
  }
  return text;
}

interface SchemaShape {
  type: string;
  entries?: Record<string, unknown>;
  item?: unknown;
  wrapped?: unknown;
  options?: unknown[];
}

function reportUnknownFields(
  schema: unknown,
  node: YamlTree | undefined,
  path: YamlPath,
  source: YamlSource,
  problems: ProblemList,
  unknownAt: string[],
): void {
  // A scalar holds no fields; most values are scalars, so this skips most of the walk.
  if (node === undefined || node.kind === "scalar") return;
  let shape = schema as SchemaShape;
  while (shape.type === "optional" && shape.wrapped) shape = shape.wrapped as SchemaShape;
  if (shape.type === "object" && shape.entries && node.kind === "map") {
    for (const [key, entry] of node.entries) {
      if (!Object.hasOwn(shape.entries, key)) {
        const keyPath = [...path, key];
        const allowed = Object.keys(shape.entries);
        const where = path.length === 0 ? "" : ` in ${label(path)}`;
        const hint = didYouMean(key, allowed) || ` (allowed: ${allowed.join(", ")})`;
        problems.error(
          source.file,
          `unknown field '${key}'${where}${hint}`,
          lineOf(source, keyPath),
        );
        unknownAt.push(label(keyPath));
      } else if (entry.value.kind !== "scalar") {
        const value = entry.value;
        reportUnknownFields(shape.entries[key], value, [...path, key], source, problems, unknownAt);
      }
    }
  } else if (shape.type === "array" && node.kind === "seq") {
    node.items.forEach((item, index) => {
      if (item.kind === "scalar") return;
      reportUnknownFields(shape.item, item, [...path, index], source, problems, unknownAt);
    });
  } else if (shape.type === "union" && shape.options) {
    for (const option of shape.options) {
      reportUnknownFields(option, node, path, source, problems, unknownAt);
    }
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
