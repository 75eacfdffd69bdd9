import { isMap, isPair, isScalar, isSeq, type Node } from "yaml";

/**
 * Where things are in a parsed YAML text: the shape of maps and sequences with the offset of
 * every key and item, which is all that problem messages need to name a line. Both YAML paths
 * (regular-yaml.ts and the full parser) produce it.
 */
export type YamlTree =
  | {
      readonly kind: "map";
      readonly offset: number;
      /** Scalar keys as text, in document order, with the offset of the key itself. */
      readonly entries: ReadonlyMap<
        string,
        { readonly keyOffset: number; readonly value: YamlTree }
      >;
    }
  | { readonly kind: "seq"; readonly offset: number; readonly items: readonly YamlTree[] }
  | { readonly kind: "scalar"; readonly offset: number };

/** The tree of a node of `yaml`'s document model (null for an empty document). */
export function treeOfNode(node: unknown, fallbackOffset = 0): YamlTree | undefined {
  if (node === null || node === undefined) return undefined;
  const offset = (node as Node).range?.[0] ?? fallbackOffset;
  if (isMap(node)) {
    const entries = new Map<string, { keyOffset: number; value: YamlTree }>();
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const keyOffset = pair.key.range?.[0] ?? offset;
      if (!entries.has(key)) {
        entries.set(key, {
          keyOffset,
          value: treeOfNode(pair.value, keyOffset) ?? scalarAt(keyOffset),
        });
      }
    }
    return { kind: "map", offset, entries };
  }
  if (isSeq(node)) {
    return {
      kind: "seq",
      offset,
      items: node.items.map((item) => treeOfNode(item, offset) ?? scalarAt(offset)),
    };
  }
  return scalarAt(offset);
}

export function scalarAt(offset: number): YamlTree {
  return { kind: "scalar", offset };
}
