/**
 * Golden share codes: codes made by an earlier encoder and the done sets they must decode to.
 * Links already shared live in chats and bookmarks, so these fixtures never change; a change to
 * encoder and decoder together that breaks an old link fails here.
 */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCurriculumDir } from "../../../src/curriculum";
import type { CompiledCurriculum, CompiledTopic } from "../../../src/curriculum/types";
import { decodeShareCode, encodeShareCode } from "../../../src/progress/share-codec";

interface Decoded {
  readonly done: string[];
  readonly known?: string[];
  readonly inProgress?: string[];
  readonly name?: string;
  readonly ignoredSlots: number;
}

interface Vector {
  readonly name: string;
  readonly code: string;
  /** The slots whose bits the code sets (read off the digits when the vector was made). */
  readonly setSlots: number[];
  /** Codes with marks: the bits of the KNOWN and IN-PROGRESS sets. */
  readonly knownSlots?: number[];
  readonly inProgressSlots?: number[];
  readonly decodesTo: Decoded;
}

interface VectorFile {
  /** The curriculum folder the vectors were made for, when they are about a real one. */
  readonly compiledFrom?: string;
  readonly curriculum: {
    readonly slots: Record<string, number>;
    readonly aliases: Record<string, string>;
  };
  readonly vectors: Vector[];
  /** A code made before a topic was renamed with `aliases`, and what it reads as after. */
  readonly aliasRename?: Vector & {
    readonly rename: { readonly from: string; readonly to: string };
    readonly decodesHereTo: Decoded;
  };
}

const DIR = "tests/fixtures/share-vectors";
const files = readdirSync(DIR)
  .filter((file) => file.endsWith(".json"))
  .sort()
  .map((file) => [file, JSON.parse(readFileSync(join(DIR, file), "utf8")) as VectorFile] as const);
const allCodes = files.flatMap(([, golden]) => golden.vectors.map((vector) => vector.code));

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

/** What a code setting `setSlots` (and marks) means under `curriculum`: its topics there, and the rest. */
function expectedUnder(curriculum: CompiledCurriculum, vector: Vector): Decoded {
  const bySlot = new Map(curriculum.topics.map((topic) => [topic.slot, topic]));
  const idsOf = (slots: readonly number[]) =>
    slots
      .flatMap((slot) => bySlot.get(slot) ?? [])
      .sort((a, b) => a.index - b.index)
      .map((topic) => topic.id);
  const done = idsOf(vector.setSlots);
  const known = idsOf(vector.knownSlots ?? []);
  const inProgress = idsOf(vector.inProgressSlots ?? []);
  const started = vector.inProgressSlots ?? [];
  const ignoredSlots = vector.setSlots.length + started.length - done.length - inProgress.length;
  const name = vector.decodesTo.name;
  return {
    done,
    ...(known.length > 0 && { known }),
    ...(inProgress.length > 0 && { inProgress }),
    ...(name !== undefined && { name }),
    ignoredSlots,
  };
}

/** An id as a whole word: not part of a longer id. */
function idPattern(id: string): RegExp {
  return new RegExp(`(?<![a-z0-9-])${id.replace(/[-]/g, "\\-")}(?![a-z0-9-])`, "g");
}

/**
 * Copies `folder` and renames topic `from` to `to` the way an author would: the file and its
 * translations get the new name, the topic lists `aliases: [from]`, and other topics' front
 * matter (requires, recommends) names the new id.
 */
function compileRenamed(folder: string, from: string, to: string): CompiledCurriculum {
  const dir = mkdtempSync(join(tmpdir(), "jiewang-vectors-"));
  try {
    cpSync(folder, dir, { recursive: true });
    const topics = join(dir, "topics");
    for (const file of readdirSync(topics).filter((name) => name.endsWith(".md"))) {
      const text = readFileSync(join(topics, file), "utf8");
      const end = text.indexOf("\n---", 3);
      const front = text.slice(0, end).replace(idPattern(from), to);
      writeFileSync(join(topics, file), front + text.slice(end));
    }
    const source = readFileSync(join(topics, `${from}.md`), "utf8");
    const renamed = source.replace(`id: ${to}\n`, `id: ${to}\naliases: [${from}]\n`);
    expect(renamed).not.toBe(source);
    writeFileSync(join(topics, `${to}.md`), renamed);
    rmSync(join(topics, `${from}.md`));
    for (const file of readdirSync(topics).filter((name) => name.startsWith(`${from}.`))) {
      renameSync(join(topics, file), join(topics, `${to}${file.slice(from.length)}`));
    }
    const config = join(dir, "curriculum.yaml");
    if (existsSync(config)) {
      writeFileSync(
        config,
        readFileSync(config, "utf8").replace(`goal: ${from}\n`, `goal: ${to}\n`),
      );
    }
    return compile(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("golden share vectors", () => {
  it("keep at least six version-1 codes and six version-2 codes, all distinct", () => {
    expect(allCodes.filter((code) => code.startsWith("1")).length).toBeGreaterThanOrEqual(6);
    expect(allCodes.filter((code) => code.startsWith("2")).length).toBeGreaterThanOrEqual(6);
    expect(new Set(allCodes).size).toBe(allCodes.length);
    for (const code of allCodes) expect(code).toMatch(/^[12][A-Za-z0-9_-]+$/);
  });

  it("keep codes with each kind of mark: known, in progress, both, and with a name", () => {
    const flagsOf = (code: string) =>
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".indexOf(code[1] ?? "");
    const marked = allCodes.filter((code) => code.startsWith("2")).map(flagsOf);
    for (const flags of [2, 4, 6, 3, 7]) expect(marked).toContain(flags);
  });

  describe.each(files)("%s", (_, golden) => {
    const snapshot = snapshotCurriculum(golden.curriculum.slots, golden.curriculum.aliases);

    it.each(golden.vectors)("$name decodes to its recorded set", (vector) => {
      expect(decodeShareCode(snapshot, vector.code)).toEqual({ ok: true, ...vector.decodesTo });
    });

    const folder = golden.compiledFrom;
    if (folder === undefined) return;

    it.each(golden.vectors)(`$name decodes under today's ${folder}/ by slot`, (vector) => {
      const live = compile(folder);
      expect(decodeShareCode(live, vector.code)).toEqual({
        ok: true,
        ...expectedUnder(live, vector),
      });
    });

    const rename = golden.aliasRename;
    if (rename === undefined) return;

    it(`a code made before renaming ${rename.rename.from} reads as ${rename.rename.to}`, () => {
      const after = compileRenamed(folder, rename.rename.from, rename.rename.to);
      expect(after.aliases[rename.rename.from]).toBe(rename.rename.to);
      expect(decodeShareCode(after, rename.code)).toEqual({
        ok: true,
        ...expectedUnder(after, rename),
      });
    });

    it("the rename vector holds on the snapshot, before and after the rename", () => {
      const { from, to } = rename.rename;
      expect(decodeShareCode(snapshot, rename.code)).toEqual({
        ok: true,
        ...rename.decodesHereTo,
      });
      const slots = { ...golden.curriculum.slots };
      const slot = slots[from];
      delete slots[from];
      if (slot !== undefined) slots[to] = slot;
      const after = snapshotCurriculum(slots, { ...golden.curriculum.aliases, [from]: to });
      const result = decodeShareCode(after, rename.code);
      // The snapshot orders topics by slot, the compiler by section: compare as sets.
      expect(result.ok && [...result.done].sort()).toEqual([...rename.decodesTo.done].sort());
    });
  });

  it("a code made for another real curriculum is explained, not read as progress", () => {
    const ours = compile("curriculum");
    for (const folder of ["tests/fixtures/curricula/valid", "tests/fixtures/curricula/team-site"]) {
      const theirs = compile(folder);
      const ids = theirs.topics.map((topic) => topic.id);
      for (const code of [encodeShareCode(theirs, ids), encodeShareCode(theirs, [], "Ada")]) {
        expect(decodeShareCode(ours, code), `${folder}: ${code}`).toEqual({
          ok: false,
          reason: "other-curriculum",
        });
        expect(decodeShareCode(theirs, code).ok).toBe(true);
      }
    }
  });

  it("docs/share-links.md's worked examples are vectors", () => {
    const docs = readFileSync("docs/share-links.md", "utf8");
    const examples = [...docs.matchAll(/so the code is `([A-Za-z0-9_-]+)`/g)].map((m) => m[1]);
    expect(examples.length).toBeGreaterThanOrEqual(2);
    for (const example of examples) expect(allCodes).toContain(example);
  });
});
