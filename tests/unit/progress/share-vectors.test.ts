/**
 * Golden share codes: codes made by an earlier encoder and the done sets they must decode to.
 * Links already shared live in chats and bookmarks, so these fixtures never change; a change to
 * encoder and decoder together that breaks an old link fails here.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCurriculumDir } from "../../../src/curriculum";
import type { CompiledCurriculum, CompiledTopic } from "../../../src/curriculum/types";
import { decodeShareCode } from "../../../src/progress/share-codec";

interface Decoded {
  readonly done: string[];
  readonly name?: string;
  readonly ignoredSlots: number;
}

interface Vector {
  readonly name: string;
  readonly code: string;
  /** The slots whose bits the code sets (read off the digits when the vector was made). */
  readonly setSlots: number[];
  readonly decodesTo: Decoded;
}

interface VectorFile {
  readonly curriculum: {
    readonly slots: Record<string, number>;
    readonly aliases: Record<string, string>;
  };
  readonly vectors: Vector[];
  readonly aliasRename: Vector & {
    readonly rename: { readonly from: string; readonly to: string };
    readonly decodesHereTo: Decoded;
  };
}

const FIXTURE = "tests/fixtures/share-vectors/default-curriculum.json";
const golden = JSON.parse(readFileSync(FIXTURE, "utf8")) as VectorFile;

/** The curriculum as the vectors were made: its slots in slot order, its aliases. */
function snapshotCurriculum(
  slots: Record<string, number>,
  aliases: Record<string, string>,
): CompiledCurriculum {
  const topics = Object.entries(slots)
    .sort(([, a], [, b]) => a - b)
    .map(
      ([id, slot], index): CompiledTopic => ({
        id,
        slot,
        index,
        title: { en: id },
        summary: { en: "" },
        bodyLanguages: ["en"],
        section: "main",
        requires: [],
        recommends: [],
        unlocks: [],
        hours: 1,
        optional: false,
        source: "article",
        aliases: Object.keys(aliases).filter((former) => aliases[former] === id),
      }),
    );
  return {
    title: { en: "Snapshot" },
    languages: ["en"],
    goal: topics.at(-1)?.id ?? "",
    sections: [{ id: "main", title: { en: "Main" } }],
    topics,
    order: topics.map((topic) => topic.id),
    aliases,
    slots,
    slotCount: Math.max(0, ...Object.values(slots).map((slot) => slot + 1)),
  };
}

function compile(dir: string): CompiledCurriculum {
  const { output, problems } = loadCurriculumDir(dir, { layout: false });
  if (!output) throw new Error(`${dir} does not compile: ${JSON.stringify(problems)}`);
  return output.curriculum;
}

/** What a code setting `setSlots` means under `curriculum`: its topics there, and the rest. */
function expectedUnder(curriculum: CompiledCurriculum, vector: Vector): Decoded {
  const bySlot = new Map(curriculum.topics.map((topic) => [topic.slot, topic]));
  const topics = vector.setSlots.flatMap((slot) => bySlot.get(slot) ?? []);
  const done = topics.sort((a, b) => a.index - b.index).map((topic) => topic.id);
  const ignoredSlots = vector.setSlots.length - topics.length;
  const name = vector.decodesTo.name;
  return name === undefined ? { done, ignoredSlots } : { done, name, ignoredSlots };
}

describe("golden share vectors", () => {
  it("keep at least six codes, each a distinct format-1 code", () => {
    expect(golden.vectors.length).toBeGreaterThanOrEqual(6);
    expect(new Set(golden.vectors.map((v) => v.code)).size).toBe(golden.vectors.length);
    for (const vector of golden.vectors) expect(vector.code).toMatch(/^1[A-Za-z0-9_-]+$/);
  });

  const snapshot = snapshotCurriculum(golden.curriculum.slots, golden.curriculum.aliases);

  it.each(golden.vectors)("$name decodes to its recorded set", (vector) => {
    expect(decodeShareCode(snapshot, vector.code)).toEqual({ ok: true, ...vector.decodesTo });
  });

  it.each(golden.vectors)("$name decodes under today's curriculum/ by slot", (vector) => {
    const live = compile("curriculum");
    expect(decodeShareCode(live, vector.code)).toEqual({
      ok: true,
      ...expectedUnder(live, vector),
    });
  });

  it("a code made before a rename decodes to the renamed topic (real compiler, aliases)", () => {
    const { rename, code } = golden.aliasRename;
    const dir = mkdtempSync(join(tmpdir(), "jiewang-vectors-"));
    try {
      cpSync("curriculum", dir, { recursive: true });
      const topics = join(dir, "topics");
      const source = readFileSync(join(topics, `${rename.from}.md`), "utf8");
      const renamed = source.replace(
        `id: ${rename.from}\n`,
        `id: ${rename.to}\naliases: [${rename.from}]\n`,
      );
      expect(renamed).not.toBe(source);
      writeFileSync(join(topics, `${rename.to}.md`), renamed);
      rmSync(join(topics, `${rename.from}.md`));
      renameSync(join(topics, `${rename.from}.en.md`), join(topics, `${rename.to}.en.md`));
      const after = compile(dir);
      expect(after.aliases[rename.from]).toBe(rename.to);
      expect(decodeShareCode(after, code)).toEqual({ ok: true, ...golden.aliasRename.decodesTo });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the rename vector also holds on the snapshot, before and after the rename", () => {
    const { rename, code, decodesTo, decodesHereTo } = golden.aliasRename;
    expect(decodeShareCode(snapshot, code)).toEqual({ ok: true, ...decodesHereTo });
    const slots = { ...golden.curriculum.slots };
    const slot = slots[rename.from];
    delete slots[rename.from];
    if (slot !== undefined) slots[rename.to] = slot;
    const after = snapshotCurriculum(slots, {
      ...golden.curriculum.aliases,
      [rename.from]: rename.to,
    });
    const result = decodeShareCode(after, code);
    // The snapshot orders topics by slot, the compiler by section: compare as sets.
    expect(result.ok && [...result.done].sort()).toEqual([...decodesTo.done].sort());
  });

  it("docs/share-links.md's worked example is one of the vectors", () => {
    const docs = readFileSync("docs/share-links.md", "utf8");
    const example = /so the code is `([A-Za-z0-9_-]+)`/.exec(docs)?.[1];
    expect(example).toBeDefined();
    expect(golden.vectors.map((v) => v.code)).toContain(example);
  });
});
